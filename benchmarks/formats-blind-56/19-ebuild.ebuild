# Copyright 2026 Example Reviews
# Distributed under the terms of the GNU General Public License v2
# Author: Otto Rennick
# Written 13 April 2026 for remakewatch.example.org

EAPI=8

DESCRIPTION="Film review: Straw Dogs (2011)"
HOMEPAGE="https://remakewatch.example.org/r/3531"
S="${WORKDIR}"

LICENSE="CC-BY-4.0"
SLOT="0"
KEYWORDS="~amd64"

REVIEWER="Otto Rennick"
TITLE="Straw Dogs (2011)"
SIGNOFF="Reviewed by Otto Rennick for remakewatch.example.org, 13 April 2026."
PARAGRAPHS=(
	"Rod Lurie wrote and directed Straw Dogs (2011), a remake of Sam Peckinpah's Straw Dogs (1971), which starred Dustin Hoffman and Susan George. Lurie moves the story from a Cornish village to a town in Mississippi, and the Gordon Williams novel is left further behind than ever."
	"James Marsden plays David Sumner, a Hollywood screenwriter who goes south with his wife to her home town. Kate Bosworth plays the wife, Amy Sumner. Alexander Skarsgard is Charlie Venner, her old boyfriend, who leads the crew fixing their barn roof. James Woods plays Tom Heddon, the drunk former coach, and Dominic Purcell is Jeremy Niles."
	"Deliverance (1972) may have been on the mind of Lurie, but I doubt it. Peckinpah's film was ugly and frightening. This one is only ugly. Woods is the one actor who seems to be having fun."
)

src_install() {
	local para
	{
		echo "${TITLE}"
		for para in "${PARAGRAPHS[@]}"; do
			echo
			echo "${para}"
		done
		echo
		echo "${SIGNOFF}"
	} > review.txt || die
	dodoc review.txt
}
