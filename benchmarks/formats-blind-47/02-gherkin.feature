# language: en
@film-club @tuesday @comedy
Feature: Keeping up with a newspaper comedy at full speed
  Howard Hawks's His Girl Friday (1940) is a remake of The Front Page (1931), Lewis
  Milestone's version of the Hecht and MacArthur stage hit, with one change that fixes
  everything: the star reporter Hildy Johnson is now a woman, and the editor who refuses to
  let her go is her former husband.

  Charles Lederer wrote the screenplay, and the dialogue overlaps so fast that you give up
  trying to catch every line. Cary Grant plays Walter Burns, the editor, all charm and no
  conscience. Rosalind Russell is Hildy, and she returns every serve. Ralph Bellamy plays
  Bruce Baldwin, the mild insurance man she plans to marry, and there is a joke about him
  resembling Ralph Bellamy.

  Billy Wilder filmed The Front Page again in 1974, and Switching Channels (1988) moved the
  whole thing into television news; neither comes close.

  Reviewed by Marcus Ebbingworth for the Tuesday club.

  Background:
    Given the club has a print of "His Girl Friday" from 1940
    And the projector is running at sound speed

  Scenario: Hildy tries to leave the paper
    Given Hildy Johnson has resigned from the Morning Post
    And her train leaves at four o'clock
    When Walter Burns offers her one last story
    Then she misses the train
    And Bruce Baldwin waits at the station

  Scenario Outline: Counting the lines
    Given a scene of <seconds> seconds
    When the club counts the spoken lines
    Then the count is at least <lines>

    Examples:
      | seconds | lines |
      | 60      | 40    |
      | 120     | 85    |
