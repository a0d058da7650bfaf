;; Performance (1970)
;; Author: Rupert Alcott, smokeroom.example.org
;; The host supplies env.print(offset, length), which writes that many bytes
;; of linear memory to standard output; main prints the review in order.
(module
  (import "env" "print" (func $print (param i32 i32)))
  (memory (export "memory") 1)
  ;; title
  (data (i32.const 3840)
    "Performance (1970)\0a\0a")
  ;; paragraph 1
  (data (i32.const 3872)
    "Performance (1970) was directed by Donald Cammell and "
    "Nicolas Roeg, and Cammell wrote it. This British crime film "
    "starts among London gangsters and ends somewhere much "
    "stranger, inside a crumbling house in Notting Hill.\0a\0a")
  ;; paragraph 2
  (data (i32.const 4096)
    "James Fox plays Chas, an enforcer for the mob boss Harry "
    "Flowers, played by Johnny Shannon. When a job goes wrong "
    "Chas hides in the basement of Turner, a burned-out rock star "
    "played by Mick Jagger, who lives upstairs with Pherber, "
    "played by Anita Pallenberg, and Lucy, played by Michele "
    "Breton.\0a\0a")
  ;; paragraph 3
  (data (i32.const 4400)
    "The second half takes its swapping of faces and selves, I am "
    "convinced, from Ingmar Bergman's Persona (1966). Jorge Luis "
    "Borges is quoted and even glimpsed, but he is a writer, not "
    "a source film. Roeg went on to make Walkabout, and Jagger's "
    "song Memo from Turner is the best thing on the soundtrack.\0a\0a")
  ;; sign-off
  (data (i32.const 4704)
    "Reviewed by Rupert Alcott for Smoke Room Reviews, 19 April "
    "2024.\0a")
  (func (export "main")
    (call $print (i32.const 3840) (i32.const 20))
    (call $print (i32.const 3872) (i32.const 221))
    (call $print (i32.const 4096) (i32.const 296))
    (call $print (i32.const 4400) (i32.const 301))
    (call $print (i32.const 4704) (i32.const 65))
  )
)
