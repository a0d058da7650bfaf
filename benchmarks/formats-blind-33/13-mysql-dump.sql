-- MySQL dump 10.9
--
-- Host: localhost    Database: filmichai
-- ------------------------------------------------------
-- Server version	4.1.10a-standard

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;
/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;
/*!40101 SET NAMES utf8 */;
/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;
/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;
/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO' */;

--
-- Table structure for table `fc_users`
--

DROP TABLE IF EXISTS `fc_users`;
CREATE TABLE `fc_users` (
  `user_id` int(10) unsigned NOT NULL auto_increment,
  `username` varchar(32) NOT NULL default '',
  `display_name` varchar(64) NOT NULL default '',
  `email` varchar(128) NOT NULL default '',
  `joined` datetime NOT NULL default '0000-00-00 00:00:00',
  PRIMARY KEY  (`user_id`),
  UNIQUE KEY `username` (`username`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

--
-- Dumping data for table `fc_users`
--

/*!40000 ALTER TABLE `fc_users` DISABLE KEYS */;
LOCK TABLES `fc_users` WRITE;
INSERT INTO `fc_users` VALUES (1,'admin','Site Admin','admin@filmichai.example','2002-01-04 10:00:00'),(7,'chandramukhi_fan','Anjali Desrosiers-Menon','anjali.dm@mail.example','2002-03-19 21:14:07'),(12,'lagaan4ever','Rohan Pittaway','rohan.p@mail.example','2002-06-02 08:51:33');
UNLOCK TABLES;
/*!40000 ALTER TABLE `fc_users` ENABLE KEYS */;

--
-- Table structure for table `fc_reviews`
--

DROP TABLE IF EXISTS `fc_reviews`;
CREATE TABLE `fc_reviews` (
  `review_id` int(10) unsigned NOT NULL auto_increment,
  `user_id` int(10) unsigned NOT NULL default '0',
  `headline` varchar(255) NOT NULL default '',
  `body` text NOT NULL,
  `stars` tinyint(3) unsigned NOT NULL default '0',
  `posted` datetime NOT NULL default '0000-00-00 00:00:00',
  PRIMARY KEY  (`review_id`),
  KEY `user_id` (`user_id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

--
-- Dumping data for table `fc_reviews`
--

/*!40000 ALTER TABLE `fc_reviews` DISABLE KEYS */;
LOCK TABLES `fc_reviews` WRITE;
INSERT INTO `fc_reviews` VALUES (214,12,'Lagaan: still the one to beat','<p>Three hours and forty minutes of cricket and I did not look at my watch once. Aamir Khan, a village, a tax, a match. Go.</p>',5,'2002-06-02 09:02:41'),(388,7,'Devdas (2002): gold, silk and tears','<p>Sanjay Leela Bhansali\'s Devdas is the most expensive Hindi film ever made, and every rupee is on the screen: chandeliers, mirrored walls, rivers of silk, and a haveli that looks as if it was built of stained glass.</p>\r\n<p>It is a remake of Bimal Roy\'s Devdas (1955), the Dilip Kumar one, and like that film it comes from Sarat Chandra Chattopadhyay\'s novel, but the screenplay Bhansali wrote with Prakash Kapadia turns Roy\'s quiet, grey tragedy into an opera. Shah Rukh Khan plays Devdas Mukherjee, the zamindar\'s son who comes home from London, is forbidden to marry his childhood love Paro because her family is beneath his, and drinks himself to death over it. Aishwarya Rai is Paro (Parvati), who is married off to an older widower and keeps a lamp burning for Devdas; Madhuri Dixit is Chandramukhi, the courtesan who loves him without any hope. Jackie Shroff plays Chunnilal, the friend who leads him to the kotha and the bottle, and Kirron Kher is Paro\'s mother Sumitra, who has the best scene in the first half.</p>\r\n<p>The songs are the reason to go. \"Dola Re Dola\", with Aishwarya and Madhuri dancing together, is worth the ticket by itself. SRK overdoes the drunk scenes, but the ending at Paro\'s gate got me.</p>\r\n<p>People keep telling me that the Barua version from the thirties is the real Devdas. I have not seen it, so I cannot say whether this owes it anything.</p>',4,'2002-07-14 23:40:19');
UNLOCK TABLES;
/*!40000 ALTER TABLE `fc_reviews` ENABLE KEYS */;

--
-- Table structure for table `fc_comments`
--

DROP TABLE IF EXISTS `fc_comments`;
CREATE TABLE `fc_comments` (
  `comment_id` int(10) unsigned NOT NULL auto_increment,
  `review_id` int(10) unsigned NOT NULL default '0',
  `user_id` int(10) unsigned NOT NULL default '0',
  `body` text NOT NULL,
  `posted` datetime NOT NULL default '0000-00-00 00:00:00',
  PRIMARY KEY  (`comment_id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

LOCK TABLES `fc_comments` WRITE;
INSERT INTO `fc_comments` VALUES (1021,388,12,'Good review but Dilip saab will always be Devdas for me. SRK is trying too hard.','2002-07-15 07:12:55'),(1022,388,7,'Rohan, fair! But watch it on the big screen before you decide :)','2002-07-15 12:30:02');
UNLOCK TABLES;

/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;
/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;
/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;

-- Dump completed on 2005-02-11 03:00:01
