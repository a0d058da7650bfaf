;;; 07-elisp.el --- Review text for the Sunday Archive  -*- lexical-binding: t; -*-

;; Copyright (C) 2025 Oksana Willoughby

;; Author: Oksana Willoughby <oksana@club.example.net>
;; Keywords: films, reviews
;; Version: 0.3

;;; Commentary:

;; Holds one review as a list of paragraphs and shows it, filled, in
;; a buffer of its own.  Call `sunday-archive-show-review'.

;;; Code:

(defconst sunday-archive-review-title "Come and See (1985)"
  "Title line of the review.")

(defconst sunday-archive-review
  (list
   (concat "Elem Klimov's Soviet war film, the last he made, is set in "
           "occupied Byelorussia in 1943 and is about as hard to watch "
           "as cinema gets. Klimov wrote the script with Ales "
           "Adamovich, who had fought with the partisans as a boy and "
           "had written about the burned villages. A boy, Flyora, digs "
           "a rifle out of the sand to join the partisans; by the end "
           "his face has aged forty years. Aleksei Kravchenko plays "
           "him, and what happens to that face is the film. Olga "
           "Mironova plays Glasha, the girl he meets in the forest, "
           "who sees things he does not.")
   (concat "The village scene near the end runs for what feels like an "
           "hour and is filmed with a Steadicam that will not look "
           "away. Some have put it beside Apocalypse Now as a war "
           "picture that turns into a nightmare; the likeness is only "
           "one of scale, and nothing is borrowed. Larisa Shepitko, "
           "Klimov's wife, made The Ascent, another partisan film, "
           "before her death; that film is hers, not his.")
   (concat "-- Oksana Willoughby, Sunday Archive Screenings"))
  "Paragraphs of the review, in order.")

(defun sunday-archive-show-review ()
  "Show the review in the *Sunday Archive* buffer."
  (interactive)
  (with-current-buffer (get-buffer-create "*Sunday Archive*")
    (let ((inhibit-read-only t))
      (erase-buffer)
      (insert sunday-archive-review-title "\n\n")
      (dolist (para sunday-archive-review)
        (let ((start (point)))
          (insert para "\n\n")
          (fill-region start (point))))
      (goto-char (point-min))
      (special-mode))
    (pop-to-buffer (current-buffer))))

(provide 'sunday-archive-review)
;;; 07-elisp.el ends here
