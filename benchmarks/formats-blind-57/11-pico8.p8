pico-8 cartridge // http://www.pico-8.com
version 41
__lua__
-- Project A (1983): a review reader for Stuntwork Weekly
-- Author: Wilfred Tam, stuntwork.example.net
-- left and right turn the page

title="Project A (1983)"
reviewer="Wilfred Tam"
signoff="Reviewed by Wilfred Tam for Stuntwork Weekly, 16 September 2024."
bg=1
paras={
 "Jackie Chan directed and co-wrote Project A (1983), a Hong Kong action comedy set among the coast guards and pirates of a century ago. Chan plays Sergeant Dragon Ma, who is moved to the land police when his coast guard unit is disbanded and then goes after the pirates on his own.",
 "Sammo Hung plays Fei, a small-time crook and Ma's old friend, and Yuen Biao plays a stiff, well-born police officer who becomes the third man of the team. The three of them trained together as boys at a Peking opera school, and their fights have the timing of a stage act.",
 "The fall from the clock tower takes its whole idea from Harold Lloyd's Safety Last! (1923), and Chan, unlike Lloyd, really lets go. Some see Buster Keaton's The General in the bicycle chase. I do not. The sequel, Project A Part II (1987), is bigger and not as much fun.",
}

function wrap(s,w)
 local lines,line={},""
 for word in all(split(s," ",false)) do
  if #line==0 then
   line=word
  elseif #line+#word+1>w then
   add(lines,line)
   line=word
  else
   line=line.." "..word
  end
 end
 add(lines,line)
 return lines
end

function _init()
 pages={title}
 for p in all(paras) do add(pages,p) end
 add(pages,signoff)
 page=1
end

function _update()
 if btnp(1) then page=min(page+1,#pages) end
 if btnp(0) then page=max(page-1,1) end
end

function _draw()
 cls(bg)
 local y=4
 for l in all(wrap(pages[page],31)) do
  print(l,2,y,7)
  y+=7
 end
 print(page.."/"..#pages,100,120,6)
end
