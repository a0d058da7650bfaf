// Shall We Dance (2004): a review
// Author: Owen Pritchard
// Date: 2024-04-05
import QtQuick 2.15
import QtQuick.Controls 2.15

ApplicationWindow {
    id: window
    visible: true
    width: 480
    height: 900
    title: "Shall We Dance (2004): a review"
    property string reviewer: "Owen Pritchard"
    property string signoff: "-- Owen Pritchard"
    property var paragraphs: [
        "Shall We Dance (2004) is the American remake of Masayuki " +
        "Suo's Shall We Dance? (1996). Peter Chelsom directed it from " +
        "a screenplay by Audrey Wells, and moved the story from Tokyo " +
        "to Chicago.",
        "Richard Gere plays John Clark, a will-writing lawyer who " +
        "sees a sad woman in a dance school window from his train and " +
        "one night gets off. Jennifer Lopez plays Paulina, the " +
        "teacher in the window, and Susan Sarandon plays Beverly " +
        "Clark, the wife who hires a detective. Stanley Tucci is Link " +
        "Peterson, a colleague with a secret life on the dance floor, " +
        "and Lisa Ann Walter is Bobbie, a loud and happy student.",
        "The Japanese original, with Koji Yakusho, was about a whole " +
        "society's shame. This one is about a nice man's midlife. I " +
        "would not set it beside Strictly Ballroom, which has more " +
        "bite. Tucci steals every scene."
    ]

    ScrollView {
        anchors.fill: parent
        Column {
            spacing: 12
            padding: 16
            Repeater {
                model: window.paragraphs
                Text { width: window.width - 32; wrapMode: Text.WordWrap; text: modelData }
            }
            Text { text: window.signoff; font.italic: true }
        }
    }
}
