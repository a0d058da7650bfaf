object frmReview: TfrmReview
  Left = 0
  Top = 0
  BorderStyle = bsDialog
  Caption = 'Film club - review card'
  ClientHeight = 420
  ClientWidth = 560
  Color = clBtnFace
  Font.Charset = DEFAULT_CHARSET
  Font.Name = 'Tahoma'
  Font.Size = 9
  Position = poScreenCenter
  PixelsPerInch = 96
  TextHeight = 14
  object lblFilm: TLabel
    Left = 16
    Top = 12
    Width = 300
    Height = 14
    Caption = 'Pan''s Labyrinth (2006)'
  end
  object lblBy: TLabel
    Left = 16
    Top = 32
    Width = 300
    Height = 14
    Caption = 'Review by Paloma Aldridge'
  end
  object memReview: TMemo
    Left = 16
    Top = 56
    Width = 528
    Height = 320
    Lines.Strings = (
        'Guillermo del Toro wrote and directed Pan''s Labyrinth (2006), El'
        'laberinto del fauno in Spanish, a Spanish and Mexican fairy tale'
        'set in 1944, after the civil war, at a mill where a captain'
        'hunts the last guerrillas in the hills.'
        ''
        'Ivana Baquero plays Ofelia, the girl who follows a fairy into a'
        'ruined labyrinth and meets a faun who sets her three tasks.'
        'Sergi Lopez is Captain Vidal, her stepfather, who shaves while'
        'staring at his own throat; Maribel Verdu plays Mercedes, the'
        'housekeeper who secretly feeds the rebels; and Doug Jones plays'
        'the Faun.'
        ''
        'Del Toro takes his cue from Victor Erice''s The Spirit of the'
        'Beehive (1973), another film about a girl whose fantasies grow'
        'out of life under Franco. The Devil''s Backbone (2001) is its'
        'companion piece.')
    ReadOnly = True
    ScrollBars = ssVertical
    TabOrder = 0
  end
  object btnClose: TButton
    Left = 469
    Top = 384
    Width = 75
    Height = 25
    Caption = '&Close'
    ModalResult = 2
    TabOrder = 1
  end
end
