@echo off
rem Review card for the club noticeboard, reelnotes.example.com
rem Run it to print the card; nothing else happens.
title Review card
echo.
echo ==========================================================
echo  REVIEW CARD
echo ==========================================================
echo.
echo Quentin Tarantino wrote and directed Reservoir Dogs (1992), a heist
echo film that never shows the heist. Harvey Keitel plays Mr. White, Tim
echo Roth is the bleeding Mr. Orange, Michael Madsen plays Mr. Blonde and
echo Steve Buscemi is Mr. Pink, who will not tip. Lawrence Tierney is the
echo boss Joe Cabot and Chris Penn plays his son, Nice Guy Eddie.
echo.
echo The film borrows its last act from Ringo Lam's City on Fire (1987),
echo the Hong Kong thriller with the same undercover cop and the same
echo three-way stand-off. Whether it also owes The Killing (1956) anything
echo is argued about at every festival bar; I leave that open.
echo.
echo The radio plays Stealers Wheel, the ear scene is shorter than you
echo remember, and Pulp Fiction (1994) came two years later.
echo.
echo Card by Noel Firth
echo.
pause
