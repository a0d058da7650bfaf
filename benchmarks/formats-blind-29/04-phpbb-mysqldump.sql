-- MySQL dump 10.13  Distrib 5.7.44, for Linux (x86_64)
--
-- Host: localhost    Database: forum_cinema
-- ------------------------------------------------------
-- Server version	5.7.44-log

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;
/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;
/*!40101 SET NAMES utf8mb4 */;
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
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8 */;
CREATE TABLE `phpbb_posts` (
  `post_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `topic_id` int(10) unsigned NOT NULL DEFAULT '0',
  `forum_id` int(10) unsigned NOT NULL DEFAULT '0',
  `poster_id` int(10) unsigned NOT NULL DEFAULT '0',
  `icon_id` int(10) unsigned NOT NULL DEFAULT '0',
  `poster_ip` varchar(40) COLLATE utf8_bin NOT NULL DEFAULT '',
  `post_time` int(11) unsigned NOT NULL DEFAULT '0',
  `post_reported` tinyint(1) unsigned NOT NULL DEFAULT '0',
  `enable_bbcode` tinyint(1) unsigned NOT NULL DEFAULT '1',
  `enable_smilies` tinyint(1) unsigned NOT NULL DEFAULT '1',
  `enable_magic_url` tinyint(1) unsigned NOT NULL DEFAULT '1',
  `enable_sig` tinyint(1) unsigned NOT NULL DEFAULT '1',
  `post_username` varchar(255) COLLATE utf8_bin NOT NULL DEFAULT '',
  `post_subject` varchar(255) CHARACTER SET utf8 COLLATE utf8_unicode_ci NOT NULL DEFAULT '',
  `post_text` mediumtext COLLATE utf8_bin NOT NULL,
  `post_checksum` varchar(32) COLLATE utf8_bin NOT NULL DEFAULT '',
  `post_attachment` tinyint(1) unsigned NOT NULL DEFAULT '0',
  `bbcode_bitfield` varchar(255) COLLATE utf8_bin NOT NULL DEFAULT '',
  `bbcode_uid` varchar(8) COLLATE utf8_bin NOT NULL DEFAULT '',
  `post_postcount` tinyint(1) unsigned NOT NULL DEFAULT '1',
  `post_edit_time` int(11) unsigned NOT NULL DEFAULT '0',
  `post_edit_reason` varchar(255) COLLATE utf8_bin NOT NULL DEFAULT '',
  `post_edit_user` int(10) unsigned NOT NULL DEFAULT '0',
  `post_edit_count` smallint(4) unsigned NOT NULL DEFAULT '0',
  `post_edit_locked` tinyint(1) unsigned NOT NULL DEFAULT '0',
  `post_visibility` tinyint(3) NOT NULL DEFAULT '0',
  `post_delete_time` int(11) unsigned NOT NULL DEFAULT '0',
  `post_delete_reason` varchar(255) COLLATE utf8_bin NOT NULL DEFAULT '',
  `post_delete_user` int(10) unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (`post_id`),
  KEY `forum_id` (`forum_id`),
  KEY `topic_id` (`topic_id`),
  KEY `poster_id` (`poster_id`),
  KEY `tid_post_time` (`topic_id`,`post_time`)
) ENGINE=InnoDB AUTO_INCREMENT=48391 DEFAULT CHARSET=utf8 COLLATE=utf8_bin;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `phpbb_posts`
--
-- WHERE:  topic_id=3127 OR user_id IN (1,57,212,388)

LOCK TABLES `phpbb_posts` WRITE;
/*!40000 ALTER TABLE `phpbb_posts` DISABLE KEYS */;
INSERT INTO `phpbb_posts` VALUES (48211,3127,14,212,0,'203.0.113.41',1707001412,0,1,1,1,1,'','Sorcerer (1977) rewatch - remake or not?','<t>Picked up the new 4K disc last week. Is this actually a remake of the French one or not? Friedkin always said no and I never know whether to take him at his word.</t>','9b1f0c2e4a7d8e3f5c6b1a0d9e8f7c6b',0,'','',1,0,'',0,0,0,1,0,'',0),(48215,3127,14,57,0,'198.51.100.17',1707010935,0,1,1,1,1,'','Re: Sorcerer (1977) rewatch - remake or not?','<r><B><s>[b]</s>Sorcerer<e>[/b]</e></B> (1977). Directed by William Friedkin, screenplay by Walon Green.<br/>\n<br/>\nFriedkin spent the rest of his life insisting that this was not a remake of Henri-Georges Clouzot\'s <I><s>[i]</s>The Wages of Fear<e>[/i]</e></I> (1953) but a fresh adaptation of Georges Arnaud\'s novel. I\'ve never believed him. Four desperate men, two trucks, a load of sweating dynamite, a jungle road to a burning oil well: it\'s the same film rebuilt from the ground up, and it\'s a remake in everything but the credits. That doesn\'t make it the lesser film.<br/>\n<br/>\nRoy Scheider plays Jackie Scanlon, a New Jersey getaway driver hiding from the mob under the name Juan Dominguez. Bruno Cremer is Victor Manzon, a Paris banker on the run from a fraud charge; Francisco Rabal is Nilo, a hitman with beautiful manners; and Amidou is Kassem, a bomber on the run from Jerusalem. The first forty minutes give each of them a little prologue in a different country before dumping all four in the same squalid village at the end of the world.<br/>\n<br/>\nThe rope bridge in the rainstorm is the sequence everyone remembers, and it deserves to be: a truck the size of a house inching across rotten planks while Tangerine Dream drone away underneath. Nothing in <I><s>[i]</s>The French Connection<e>[/i]</e></I> is as nerve-wracking, and I say that as a fan.<br/>\n<br/>\nIt died at the box office because it opened a month after <I><s>[i]</s>Star Wars<e>[/i]</e></I>. That\'s the usual story, and it\'s probably true.<br/>\n<br/>\n-- Gideon</r>','3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f',0,'QQ==','2x7kq9ld',1,1707011280,'typo',57,1,0,1,0,'',0),(48219,3127,14,388,0,'192.0.2.88',1707024417,0,1,1,1,1,'','Re: Sorcerer (1977) rewatch - remake or not?','<r>Clouzot\'s is the better film, fight me. <QUOTE author=\"gfarrow\"><s>[quote=gfarrow]</s>it\'s a remake in everything but the credits<e>[/quote]</e></QUOTE><br/>\nAgreed on that much, though.</r>','0f1e2d3c4b5a69788796a5b4c3d2e1f0',0,'gA==','1tq0c8zz',1,0,'',0,0,0,1,0,'',0),(48224,3127,14,212,0,'203.0.113.41',1707033006,0,1,1,1,1,'','Re: Sorcerer (1977) rewatch - remake or not?','<t>+1 for the bridge. The Jerusalem prologue is grim as anything too. :shock:</t>','aa0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d',0,'','',1,0,'',0,0,0,1,0,'',0);
/*!40000 ALTER TABLE `phpbb_posts` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `phpbb_topics`
--

DROP TABLE IF EXISTS `phpbb_topics`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8 */;
CREATE TABLE `phpbb_topics` (
  `topic_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `forum_id` int(10) unsigned NOT NULL DEFAULT '0',
  `icon_id` int(10) unsigned NOT NULL DEFAULT '0',
  `topic_attachment` tinyint(1) unsigned NOT NULL DEFAULT '0',
  `topic_visibility` tinyint(3) NOT NULL DEFAULT '0',
  `topic_title` varchar(255) CHARACTER SET utf8 COLLATE utf8_unicode_ci NOT NULL DEFAULT '',
  `topic_poster` int(10) unsigned NOT NULL DEFAULT '0',
  `topic_time` int(11) unsigned NOT NULL DEFAULT '0',
  `topic_posts_approved` int(10) unsigned NOT NULL DEFAULT '0',
  `topic_last_post_id` int(10) unsigned NOT NULL DEFAULT '0',
  `topic_last_poster_id` int(10) unsigned NOT NULL DEFAULT '0',
  `topic_last_poster_name` varchar(255) COLLATE utf8_bin NOT NULL DEFAULT '',
  `topic_last_post_time` int(11) unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (`topic_id`),
  KEY `forum_id` (`forum_id`)
) ENGINE=InnoDB AUTO_INCREMENT=3301 DEFAULT CHARSET=utf8 COLLATE=utf8_bin;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `phpbb_topics`
--
-- WHERE:  topic_id=3127 OR user_id IN (1,57,212,388)

LOCK TABLES `phpbb_topics` WRITE;
/*!40000 ALTER TABLE `phpbb_topics` DISABLE KEYS */;
INSERT INTO `phpbb_topics` VALUES (3127,14,0,0,1,'Sorcerer (1977) rewatch - remake or not?',212,1707001412,4,48224,212,'dieselmoth',1707033006);
/*!40000 ALTER TABLE `phpbb_topics` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `phpbb_users`
--

DROP TABLE IF EXISTS `phpbb_users`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8 */;
CREATE TABLE `phpbb_users` (
  `user_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `user_type` tinyint(2) NOT NULL DEFAULT '0',
  `group_id` int(10) unsigned NOT NULL DEFAULT '3',
  `username` varchar(255) COLLATE utf8_bin NOT NULL DEFAULT '',
  `username_clean` varchar(255) COLLATE utf8_bin NOT NULL DEFAULT '',
  `user_regdate` int(11) unsigned NOT NULL DEFAULT '0',
  `user_posts` int(10) unsigned NOT NULL DEFAULT '0',
  `user_lang` varchar(30) COLLATE utf8_bin NOT NULL DEFAULT '',
  `user_timezone` varchar(100) COLLATE utf8_bin NOT NULL DEFAULT '',
  `user_sig` mediumtext COLLATE utf8_bin NOT NULL,
  `user_sig_bbcode_uid` varchar(8) COLLATE utf8_bin NOT NULL DEFAULT '',
  `user_sig_bbcode_bitfield` varchar(255) COLLATE utf8_bin NOT NULL DEFAULT '',
  PRIMARY KEY (`user_id`),
  UNIQUE KEY `username_clean` (`username_clean`)
) ENGINE=InnoDB AUTO_INCREMENT=1204 DEFAULT CHARSET=utf8 COLLATE=utf8_bin;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `phpbb_users`
--
-- WHERE:  topic_id=3127 OR user_id IN (1,57,212,388)

LOCK TABLES `phpbb_users` WRITE;
/*!40000 ALTER TABLE `phpbb_users` DISABLE KEYS */;
INSERT INTO `phpbb_users` VALUES (1,2,1,'Anonymous','anonymous',1104537600,0,'en','','','',''),(57,0,2,'gfarrow','gfarrow',1262390400,1843,'en_gb','Europe/London','<r>Gideon Farrow-Okoye · Leeds · <URL url=\"https://films.example.net/gideon\"><s>[url=https://films.example.net/gideon]</s>my film diary<e>[/url]</e></URL></r>','2x7kq9ld','QQ=='),(212,0,2,'dieselmoth','dieselmoth',1451606400,377,'en','America/Chicago','','',''),(388,0,2,'Ruthven_K','ruthven_k',1546300800,95,'fr','Europe/Paris','<t>Le cinéma, c\'est la vie.</t>','','');
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

-- Dump completed on 2024-02-06  3:00:02
