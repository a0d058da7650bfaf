; Sembene's Xala, a curse on the new elite
;
; Author: Aminata Sow, Open Courtyard Reviews
; (opencourtyard.example.org)

(set-info :smt-lib-version 2.6)
(set-logic QF_LIA)
(set-info :source |
Xala is the Wolof word for a curse of impotence, and in Ousmane Sembene's
1975 satire it falls on a businessman on his wedding night. Sembene wrote
and directed the film from his own novel, and this Senegalese comedy is as
angry as anything he made.

Thierno Leye plays El Hadji Abdoukader Beye, a member of the chamber of
commerce who takes a third wife while the country's new rulers take over
from the French, with the French still standing behind them. Myriam Niang is
his daughter Rama, who speaks only Wolof to him and sees through everything,
and Seune Samb plays the beggar whose secret turns out to be the key.

The opening scene, where the new ministers throw out the colonial officials
and then accept their briefcases of money, is a perfect joke. The ending,
with the beggars spitting on El Hadji, is hard to watch and meant to be.
Scenes were cut when the film came out at home.
|)
(set-info :category "crafted")
(set-info :status sat)
(declare-const wives Int)
(declare-const guests Int)
(assert (= wives 4))
(assert (>= guests 87))
(assert (< guests (* 100 wives)))
(check-sat)
(get-model)
(exit)
; Reviewed by Aminata Sow for Open Courtyard Reviews, 16 September 2024.
