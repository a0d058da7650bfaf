-- Dead Men Don't Wear Plaid: Steve Martin cuts in on the noirs
-- Author: Franny Calloway
USE SpliceBench;
GO
SET NOCOUNT ON;
GO
DROP TABLE IF EXISTS dbo.Reviews;
CREATE TABLE dbo.Reviews (
    ReviewId INT IDENTITY(1, 1) PRIMARY KEY,
    Headline NVARCHAR(200) NOT NULL,
    Author NVARCHAR(100) NOT NULL,
    Body NVARCHAR(MAX) NOT NULL,
    PublishedOn DATE NOT NULL
);
GO
INSERT INTO dbo.Reviews (Headline, Author, Body, PublishedOn)
VALUES (N'Dead Men Don''t Wear Plaid: Steve Martin cuts in on the noirs', N'Franny Calloway',
    N'Carl Reiner''s 1982 comedy is a stunt that mostly works. Steve Martin plays Rigby Reardon, a Los Angeles private eye of the forties, and the editors splice him into scenes from real studio thrillers, so that he trades lines with stars who were long past trading lines with anyone.' + NCHAR(10) + NCHAR(10) +
    N'The plot, about a cheese scientist''s death and a gang of Nazis, exists only to string the clips together. Reardon''s case borrows most heavily from Double Indemnity (1944) and The Big Sleep (1946), and the new scenes are dressed and lit to match them. Rachel Ward plays Juliet Forrest, the client, and Reni Santoni is Carlos Rodriguez. Reiner, who directed, turns up himself as Field Marshall Von Kluck.' + NCHAR(10) + NCHAR(10) +
    N'Reiner, George Gipe and Martin wrote it, Miklos Rozsa scored it, and Edith Head designed the costumes, her last job. Funny for an hour, tiring after that.',
    '2026-04-09');
GO
SELECT ReviewId, Headline, Author FROM dbo.Reviews;
GO
-- Franny Calloway, Splice Bench, 9 April 2026
