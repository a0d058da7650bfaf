" ~/.vimrc on the film club's shared box (user: listings)
"
" Everyone who edits the listings ends up in this file sooner or later, so
" the current note is drafted at the top.
"
" Reviewed by Casimir Oakhurst
"
" We're No Angels (1989)
"
" Neil Jordan directed this remake of Michael Curtiz's We're No Angels
" (1955), and David Mamet wrote the screenplay, keeping the title and very
" little else. In 1935 two small-time convicts, Ned and Jim, played by
" Robert De Niro and Sean Penn, are dragged along when a murderer named
" Bobby, played by James Russo, breaks out of a prison in the snow near the
" Canadian border. They reach a little town with a shrine, are taken for two
" visiting priests, and find that the only way across the bridge to Canada
" is to keep pretending.
"
" Demi Moore plays Molly, a poor washerwoman with a deaf and mute daughter,
" who has no illusions about priests and fewer about men. Hoyt Axton is
" Father Levesque, the kindly head of the monastery, who takes the pair
" entirely on trust, and Ray McAnally plays the Warden, a sadist who is
" coming after them. Bruno Kirby has a few funny scenes as a deputy.
"
" De Niro pulls faces as if he were paid by the face, and Penn, with his
" wide, stunned eyes, is much better. The film looks wonderful, all grey
" wood and snow, and it was a famous flop. Mamet's dialogue is perhaps
" closer to his own House of Games (1987) than to anything Humphrey Bogart
" and Peter Ustinov said in the Curtiz film, which came from a French stage
" comedy. The scene in which Jim, forced to preach, stumbles into a real
" sermon is the best thing in it.

set nocompatible
filetype plugin indent on
syntax on
set encoding=utf-8
set textwidth=78
set expandtab shiftwidth=2 softtabstop=2
set number ruler showcmd
set incsearch hlsearch ignorecase smartcase
set backspace=indent,eol,start
augroup listings
  autocmd!
  autocmd FileType markdown,text setlocal wrap linebreak
augroup END
nnoremap <leader>w :write<CR>
