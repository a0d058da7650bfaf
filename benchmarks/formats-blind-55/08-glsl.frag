// Author: Nadia Brennock
// No Way Out (1987)
// Background shader for the review page, 2026-11-25
//
// Roger Donaldson's No Way Out (1987) is an American thriller set inside
// the Pentagon, and a remake of The Big Clock (1948), moved from a
// magazine office to the defence department in the last years of the Cold
// War. Robert Garland wrote the screenplay.
//
// Kevin Costner plays Tom Farrell, a naval officer given the job of
// finding a witness to a killing, when the witness is himself. Gene
// Hackman is David Brice, the Secretary of Defense, who killed his
// mistress in a rage, and Sean Young plays Susan Atwell, the woman both
// men loved. Will Patton steals scenes as Scott Pritchard, the devoted and
// frightening aide of Brice.
//
// Ray Milland and Charles Laughton were the men in John Farrow's original,
// and Kenneth Fearing's novel lies behind both films. The last twist is
// either a stroke of genius or a cheat; I have not decided. Nobody should
// call it a copy of Three Days of the Condor; it only shares the city of
// Washington.

#version 330 core

uniform float uTime;
out vec4 fragColor;

const vec3 tint = vec3(0.80, 0.99, 0.41);

void main() {
    float pulse = 0.5 + 0.5 * sin(uTime);
    fragColor = vec4(tint * pulse, 1.0);
}

// Nadia Brennock
