// SPDX-License-Identifier: CC-BY-4.0
// Author: Agnes Trelawny
pragma solidity ^0.8.20;

/// @title A film review kept on chain
contract ReviewNote {
    string public constant TITLE = "Sexy Beast (2000)";
    string public constant REVIEWER = "Agnes Trelawny";
    string public constant SIGNOFF = "Agnes Trelawny";
    uint256 public constant CATALOGUE_ID = 15231;
    string[3] public paragraphs;

    constructor() {
        paragraphs[0] =
            "Jonathan Glazer's Sexy Beast (2000) opens with a boulder "
            "rolling down a hill into a swimming pool and never quite "
            "settles down. Louis Mellis and David Scinto wrote the "
            "screenplay, which is mostly swearing set to music.";
        paragraphs[1] =
            "Ray Winstone plays Gal Dove, a retired safecracker roasting "
            "himself happy at a villa in Spain with his wife, DeeDee, "
            "played by Amanda Redman. Ben Kingsley is Don Logan, who "
            "arrives from London to drag Gal into one more job and will "
            "not take no for an answer. Ian McShane plays Teddy Bass, the "
            "soft-spoken boss behind the job, and James Fox has a small "
            "part as the banker whose vault they rob.";
        paragraphs[2] =
            "Glazer takes his London gangland, all bad suits and worse "
            "tempers, from The Long Good Friday (1980). Kingsley won an "
            "Oscar for Gandhi long ago, and this is the other end of his "
            "range. Under the Skin came much later and is no guide to "
            "this one.";
    }

    function paragraphCount() external pure returns (uint256) {
        return 3;
    }
}
