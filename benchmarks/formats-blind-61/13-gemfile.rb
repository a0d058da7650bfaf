# frozen_string_literal: true

# Gemfile for stubandticket.example.com, the Stub and Ticket site.
# Maintained by Lucas Penhallow. The review below goes up with the next build.
#
# Born Yesterday (1993): Billie Dawn, second time around
# Written by Lucas Penhallow
#
# Luis Mandoki's Born Yesterday, released in 1993, remakes George Cukor's
# film of the same name from 1950, which gave Judy Holliday the part of
# Billie Dawn and an Oscar. Mandoki directs briskly. Melanie Griffith is
# Billie now, the showgirl girlfriend of a crooked tycoon.
#
# John Goodman plays Harry Brock, the tycoon, who has come to Washington to
# buy a senator or two and hires a journalist to give Billie some polish.
# Don Johnson is that journalist, Paul Verrall, and Edward Herrmann plays Ed
# Devery, Harry's weary lawyer. Douglas McGrath updated the script, adding a
# scene in which Billie recites the amendments to a tune.
#
# Griffith is sweet where Holliday was sly, and Goodman shouts where
# Broderick Crawford simmered. Nothing in this American version is bad.
# Nothing in it is needed either.
#
# Lucas Penhallow, Stub and Ticket

source "https://rubygems.org"

gem "jekyll", "~> 4.3"
gem "webrick", "~> 1.8"

group :jekyll_plugins do
  gem "jekyll-feed", "~> 0.17"
  gem "jekyll-seo-tag", "~> 2.8"
end
