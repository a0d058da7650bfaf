MODULE Gripper
    ! Pick-and-place routine for the lobby display arm. The controller skips
    ! any line that opens with an exclamation mark, so the club's notice
    ! of the week is parked here.
    !
    ! Splice (2009)
    !
    ! Vincenzo Natali's Splice recalls Bride of Frankenstein (1935), and the
    ! names of its leads spell out the debt: Clive and Elsa, after two of the
    ! stars of James Whale's film. Adrien Brody plays Clive and Sarah Polley
    ! plays Elsa, a pair of celebrated young geneticists who, against every
    ! rule and their employer's wishes, mix human genes into an animal hybrid
    ! to see what will happen.
    !
    ! What happens is Dren, a creature who grows from a squirming thing in a
    ! tank into a lovely, unsettling young woman with a bird's legs and a
    ! tail, and Delphine Chaneac plays her grown form with remarkable
    ! delicacy, almost without words. Polley is the real subject of the film:
    ! as Elsa, she is a woman who wants a child and cannot stand the idea of
    ! being a mother, and the story turns that tension into something very
    ! strange indeed.
    !
    ! Natali wrote the script with Antoinette Terry Bryant and Doug Taylor,
    ! and it loses its footing in the last half hour, trading queasy domestic
    ! drama for a routine monster hunt in the woods. Until then it is
    ! clinical, funny and deeply uncomfortable. Guillermo del Toro is on the
    ! poster as a producer; the film owes him less than it owes Whale.
    !
    ! No name came with this notice.
    !
    CONST robtarget pHome:=[[600,0,800],[0,0.7071,0.7071,0],[0,0,0,0],[9E9,9E9,9E9,9E9,9E9,9E9]];
    CONST robtarget pPick:=[[450,-200,300],[0,0.7071,0.7071,0],[-1,0,0,0],[9E9,9E9,9E9,9E9,9E9,9E9]];
    PERS tooldata tGripper:=[TRUE,[[0,0,120],[1,0,0,0]],[1.5,[0,0,60],[1,0,0,0],0,0,0]];

    PROC main()
        MoveJ pHome, v1000, z50, tGripper;
        MoveL Offs(pPick,0,0,100), v500, z10, tGripper;
        MoveL pPick, v100, fine, tGripper;
        SetDO doGrip, 1;
        WaitTime 0.5;
        MoveL Offs(pPick,0,0,100), v500, z10, tGripper;
        MoveJ pHome, v1000, z50, tGripper;
    ENDPROC
ENDMODULE
