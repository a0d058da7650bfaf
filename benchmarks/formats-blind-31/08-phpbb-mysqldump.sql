-- MySQL dump 10.11
--
-- Host: localhost    Database: hkcinema_board
-- ------------------------------------------------------
-- Server version	5.0.45-community-log

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;
/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;
/*!40101 SET NAMES utf8 */;
/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;
/*!40103 SET TIME_ZONE='+00:00' */;
/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;
/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;
/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO' */;
/*!40111 SET @OLD_SQL_NOTES=@@SQL_NOTES, SQL_NOTES=0 */;

--
-- Table structure for table `phpbb_posts`
--

DROP TABLE IF EXISTS `phpbb_posts`;
CREATE TABLE `phpbb_posts` (
  `post_id` mediumint(8) unsigned NOT NULL auto_increment,
  `topic_id` mediumint(8) unsigned NOT NULL default '0',
  `forum_id` mediumint(8) unsigned NOT NULL default '0',
  `poster_id` mediumint(8) unsigned NOT NULL default '0',
  `icon_id` mediumint(8) unsigned NOT NULL default '0',
  `poster_ip` varchar(40) collate utf8_bin NOT NULL default '',
  `post_time` int(11) unsigned NOT NULL default '0',
  `post_approved` tinyint(1) unsigned NOT NULL default '1',
  `post_reported` tinyint(1) unsigned NOT NULL default '0',
  `enable_bbcode` tinyint(1) unsigned NOT NULL default '1',
  `enable_smilies` tinyint(1) unsigned NOT NULL default '1',
  `enable_magic_url` tinyint(1) unsigned NOT NULL default '1',
  `enable_sig` tinyint(1) unsigned NOT NULL default '1',
  `post_username` varchar(255) collate utf8_bin NOT NULL default '',
  `post_subject` varchar(100) collate utf8_unicode_ci NOT NULL default '',
  `post_text` mediumtext collate utf8_bin NOT NULL,
  `post_checksum` varchar(32) collate utf8_bin NOT NULL default '',
  `post_attachment` tinyint(1) unsigned NOT NULL default '0',
  `bbcode_bitfield` varchar(255) collate utf8_bin NOT NULL default '',
  `bbcode_uid` varchar(8) collate utf8_bin NOT NULL default '',
  `post_postcount` tinyint(1) unsigned NOT NULL default '1',
  `post_edit_time` int(11) unsigned NOT NULL default '0',
  `post_edit_reason` varchar(255) collate utf8_bin NOT NULL default '',
  `post_edit_user` mediumint(8) unsigned NOT NULL default '0',
  `post_edit_count` smallint(4) unsigned NOT NULL default '0',
  `post_edit_locked` tinyint(1) unsigned NOT NULL default '0',
  PRIMARY KEY  (`post_id`),
  KEY `forum_id` (`forum_id`),
  KEY `topic_id` (`topic_id`),
  KEY `poster_ip` (`poster_ip`),
  KEY `poster_id` (`poster_id`),
  KEY `post_approved` (`post_approved`),
  KEY `tid_post_time` (`topic_id`,`post_time`)
) ENGINE=MyISAM AUTO_INCREMENT=5131 DEFAULT CHARSET=utf8 COLLATE=utf8_bin;

--
-- Dumping data for table `phpbb_posts`
--

LOCK TABLES `phpbb_posts` WRITE;
/*!40000 ALTER TABLE `phpbb_posts` DISABLE KEYS */;
INSERT INTO `phpbb_posts` VALUES (5120,418,4,2,0,'203.0.113.45',1309262520,1,0,1,1,1,1,'','A Better Tomorrow (1986) - finally saw it','[b:3kq8z1fp]A Better Tomorrow (1986)[/b:3kq8z1fp]\nDirected by John Woo, from his own script. Hong Kong, 1986.\n\nFinally caught this on the new Region 3 DVD after years of hearing about it on this board. Ti Lung plays Ho, a senior man in a counterfeiting gang who wants out for the sake of his kid brother Kit, a police cadet played by Leslie Cheung. Ho is caught when a deal in Taiwan goes wrong, does three years, and comes out to find Kit hating him and his old partner Mark crippled and washing cars for a living.\n\nChow Yun-fat is Mark, and Mark is the reason anyone still talks about this film: the long coat, the matchstick, the sunglasses, lighting a cigarette with a forged hundred-dollar note. The coat owes something to Delon in Le Samouraï (1967), but Chow makes it his own.\n\nWaise Lee is Shing, the young punk who climbs over everybody to run the gang, and he is very easy to hate.\n\nFor those who asked in the other thread: yes, it\'s a loose remake of Patrick Lung Kong\'s Story of a Discharged Prisoner (1967). Same bones (ex-con, cop brother, old gang pulling him back) but Woo threw out the preaching and kept the brothers.\n\nThe restaurant shootout is still the best thing in it. [i:3kq8z1fp]Gun in each hand, pistols hidden in the flower pots.[/i:3kq8z1fp] <!-- s:D --><img src=\"{SMILIES_PATH}/icon_e_biggrin.gif\" alt=\":D\" title=\"Very Happy\" /><!-- s:D -->\n\n-- Winifred Lam','c6f5354e9a83e683e6b4e66e0ebdfbdf',0,'Qg==','3kq8z1fp',1,1309262912,'',0,1,0),(5121,418,4,57,0,'198.51.100.23',1309267803,1,0,1,1,1,1,'','Re: A Better Tomorrow (1986) - finally saw it','[quote=&quot;winnie_lam&quot;:3kq8z1fp]yes, it\'s a loose remake of Patrick Lung Kong\'s Story of a Discharged Prisoner (1967)[/quote:3kq8z1fp]\nNot sure I buy that, Woo never called it a remake in anything I\'ve read. Anyway the Korean one from 2010 was rubbish, same title and everything. <!-- s:roll: --><img src=\"{SMILIES_PATH}/icon_rolleyes.gif\" alt=\":roll:\" title=\"Rolling Eyes\" /><!-- s:roll: -->','ae7acffbe05e89951c55d12d8633b97d',0,'gA==','3kq8z1fp',1,0,'',0,0,0),(5124,418,4,2,0,'203.0.113.45',1309274211,1,0,1,1,1,1,'','Re: A Better Tomorrow (1986) - finally saw it','Tsui Hark produced it and, depending on who you ask, fought with Woo over every scene. Part II (1987) is a mess but Chow gets to play a twin, so.','eaf84b5402614e83b3e286d0ab2ff175',0,'gA==','3kq8z1fp',1,0,'',0,0,0),(5130,418,4,91,0,'192.0.2.77',1309329090,1,0,1,1,1,1,'','Re: A Better Tomorrow (1986) - finally saw it','Next up for the club: [url=http://www.hkcinema-board.example/viewtopic.php?f=4&amp;t=3312:3kq8z1fp]The Killer (1989) thread[/url:3kq8z1fp]. Same director, more doves.','abe6ee4f6534dff1dddd046ab162d944',0,'gA==','3kq8z1fp',1,0,'',0,0,0);
/*!40000 ALTER TABLE `phpbb_posts` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `phpbb_topics`
--

DROP TABLE IF EXISTS `phpbb_topics`;
CREATE TABLE `phpbb_topics` (
  `topic_id` mediumint(8) unsigned NOT NULL auto_increment,
  `forum_id` mediumint(8) unsigned NOT NULL default '0',
  `topic_title` varchar(100) collate utf8_unicode_ci NOT NULL default '',
  `topic_poster` mediumint(8) unsigned NOT NULL default '0',
  `topic_time` int(11) unsigned NOT NULL default '0',
  `topic_views` mediumint(8) unsigned NOT NULL default '0',
  `topic_replies` mediumint(8) unsigned NOT NULL default '0',
  `topic_first_poster_name` varchar(255) collate utf8_bin NOT NULL default '',
  `topic_last_poster_name` varchar(255) collate utf8_bin NOT NULL default '',
  PRIMARY KEY  (`topic_id`)
) ENGINE=MyISAM AUTO_INCREMENT=419 DEFAULT CHARSET=utf8 COLLATE=utf8_bin;

LOCK TABLES `phpbb_topics` WRITE;
/*!40000 ALTER TABLE `phpbb_topics` DISABLE KEYS */;
INSERT INTO `phpbb_topics` VALUES (417,4,'Shaw Brothers box set - worth it?',57,1309096811,211,6,'shatin_shadow','winnie_lam'),(418,4,'A Better Tomorrow (1986) - finally saw it',2,1309262520,388,3,'winnie_lam','mongkok_max');
/*!40000 ALTER TABLE `phpbb_topics` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `phpbb_users`
--

DROP TABLE IF EXISTS `phpbb_users`;
CREATE TABLE `phpbb_users` (
  `user_id` mediumint(8) unsigned NOT NULL auto_increment,
  `username` varchar(255) collate utf8_bin NOT NULL default '',
  `username_clean` varchar(255) collate utf8_bin NOT NULL default '',
  `user_email` varchar(100) collate utf8_bin NOT NULL default '',
  `user_regdate` int(11) unsigned NOT NULL default '0',
  `user_posts` mediumint(8) unsigned NOT NULL default '0',
  `user_from` varchar(100) collate utf8_bin NOT NULL default '',
  `user_sig` mediumtext collate utf8_bin NOT NULL,
  PRIMARY KEY  (`user_id`),
  UNIQUE KEY `username_clean` (`username_clean`)
) ENGINE=MyISAM AUTO_INCREMENT=92 DEFAULT CHARSET=utf8 COLLATE=utf8_bin;

LOCK TABLES `phpbb_users` WRITE;
/*!40000 ALTER TABLE `phpbb_users` DISABLE KEYS */;
INSERT INTO `phpbb_users` VALUES (2,'winnie_lam','winnie_lam','winnie@hkcinema-board.example',1104537600,1182,'Sai Kung','[i:3kq8z1fp]Hong Kong cinema is my religion[/i:3kq8z1fp]'),(57,'shatin_shadow','shatin_shadow','s.shadow@mail.example',1141171200,433,'Sha Tin',''),(91,'mongkok_max','mongkok_max','maxwell.o@mail.example',1167609600,97,'Manchester','');
/*!40000 ALTER TABLE `phpbb_users` ENABLE KEYS */;
UNLOCK TABLES;
/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;

/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;
/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;
/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */;

-- Dump completed on 2011-07-01  3:00:02
