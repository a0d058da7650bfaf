/PROG  SEATS_LEFT
/ATTR
OWNER		= MNEDITOR;
COMMENT		= "Seats left";
PROG_SIZE	= 0;
CREATE		= DATE 24-03-15  TIME 10:00:00;
MODIFIED	= DATE 24-03-15  TIME 10:00:00;
FILE_NAME	= ;
VERSION		= 0;
LINE_COUNT	= 64;
MEMORY_SIZE	= 0;
PROTECT		= READ_WRITE;
TCD:  STACK_SIZE	= 0,
      TASK_PRIORITY	= 50,
      TIME_SLICE	= 0,
      BUSY_LAMP_OFF	= 0,
      ABORT_REQUEST	= 0,
      PAUSE_REQUEST	= 0;
DEFAULT_GROUP	= *,*,*,*,*;
CONTROL_CODE	= 00000000 00000000;
/MN
   1:  !Lobby arm: counts seats left. ;
   2:  !The week's programme note ;
   3:  !follows, kept as in every ;
   4:  !booth file. ;
   5:   ;
   6:  !Mr. Deeds (2002) ;
   7:   ;
   8:  !Steven Brill directed this ;
   9:  !remake of Frank Capra's Mr. ;
  10:  !Deeds Goes to Town (1936) from ;
  11:  !a screenplay by Tim Herlihy, ;
  12:  !and kept the hero's ;
  13:  !greeting-card verses while ;
  14:  !adding a pizzeria. ;
  15:   ;
  16:  !Adam Sandler plays Longfellow ;
  17:  !Deeds, who runs a pizza ;
  18:  !parlour in Mandrake Falls, New ;
  19:  !Hampshire, and learns that a ;
  20:  !distant uncle has left him ;
  21:  !forty billion dollars and a ;
  22:  !media company. Peter Gallagher ;
  23:  !is Chuck Cedar, the executive ;
  24:  !who wants the shares, and ;
  25:  !Jared Harris is Mac McGrath, ;
  26:  !host of a tabloid television ;
  27:  !programme that wants the ;
  28:  !story. Winona Ryder plays Babe ;
  29:  !Bennett, Mac's producer, who ;
  30:  !poses as a school nurse from a ;
  31:  !small town to get close to ;
  32:  !Deeds, and falls for him, as ;
  33:  !she must. ;
  34:   ;
  35:  !The film belongs to John ;
  36:  !Turturro as Emilio Lopez, the ;
  37:  !butler, who appears silently ;
  38:  !behind doors and has a ;
  39:  !weakness for feet. Steve ;
  40:  !Buscemi is Crazy Eyes, a ;
  41:  !villager with a wandering eye, ;
  42:  !in a bit that gets one laugh ;
  43:  !and then keeps going. ;
  44:   ;
  45:  !Gary Cooper played the part as ;
  46:  !a shy man with principles. ;
  47:  !Sandler plays a shy man who ;
  48:  !punches people, and the film ;
  49:  !cannot decide whether to ;
  50:  !admire him for it. The jokes ;
  51:  !land about half the time, ;
  52:  !mostly Turturro's. What is ;
  53:  !left of Capra is a speech to ;
  54:  !the shareholders, and it is ;
  55:  !shorter than his. ;
  56:   ;
  57:  !-- Cass Dunleavy ;
  58:  R[1:SOLD]=142    ;
  59:  R[2:LEFT]=240-R[1:SOLD]    ;
  60:  IF R[2:LEFT]<1,JMP LBL[1] ;
  61:  DO[1:SEATS LEFT]=ON ;
  62:  END ;
  63:  LBL[1:SOLD OUT] ;
  64:  DO[1:SEATS LEFT]=OFF ;
/POS
/END
