;;;; Author: Irena Vasko
;;;; Written 13 March 2026 for eastwind.example.org

(defpackage :film-review (:use :cl))
(in-package :film-review)

(defparameter *title* "The Ascent (1977)")
(defparameter *reviewer* "Irena Vasko")
(defparameter *signoff* "Reviewed by Irena Vasko for eastwind.example.org, 13 March 2026.")

(defparameter *paragraphs*
  (list "Larisa Shepitko directed The Ascent (1977), known at home as Voskhozhdeniye, and wrote the screenplay with Yuri Klepikov from a novella by Vasil Bykov. This Soviet war film follows two partisans sent through the snow to find food for their unit in occupied Belarus."
        "Boris Plotnikov plays Sotnikov, sick and feverish from the first scene, and Vladimir Gostyukhin plays Rybak, the strong one who will do anything to live. Anatoli Solonitsyn is Portnov, the collaborator who questions them, and Lyudmila Polyakova plays Demchikha, a mother caught hiding them."
        "It took the Golden Bear in Berlin. People pair it with Come and See (1985), but I would not, because Shepitko looks for a saint where Klimov found only horror. Solonitsyn was the painter in Andrei Rublev (1966), and he brings the same burning stillness to a far worse man."))

(format t "~a~%~%" *title*)
(dolist (p *paragraphs*)
  (format t "~a~%~%" p))
(format t "~a~%" *signoff*)
