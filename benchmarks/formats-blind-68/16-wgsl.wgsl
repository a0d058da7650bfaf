// lobby-gradient.wgsl -- the slow gradient behind the lobby screen's text
//
// The screen overlays the comment block below on the gradient: it is the
// month's programme note.
//
// The Secret Life of Walter Mitty (2013)
//
// Ben Stiller directed this remake of The Secret Life of Walter Mitty (1947),
// the Danny Kaye picture, and plays Walter himself, from a screenplay by
// Steve Conrad. Both films start from James Thurber's short story and keep
// little more than its title and its daydreams. Walter has worked for sixteen
// years in the negative archive of Life magazine, in the basement, and he has
// never been anywhere or done anything worth putting on a dating profile.
//
// The magazine is being closed and turned into a website by a smirking
// manager with a beard, Ted Hendricks, played by Adam Scott, and the cover of
// the last issue is to be negative 25, sent in by Sean O'Connell, a
// photographer played by Sean Penn who never answers his phone. The negative
// is not on the roll. Walter, who has been mooning over Cheryl Melhoff, a new
// colleague played by Kristen Wiig, sets off to find O'Connell, and ends up
// in Greenland, Iceland and the Himalayas. Shirley MacLaine plays Walter's
// mother, Edna, Kathryn Hahn is his sister Odessa, and Patton Oswalt is Todd,
// a man from a dating website who keeps calling.
//
// The daydreams are the weakest part, loud and expensive, and they fade out
// as Walter starts living. What stays is the scenery, a skateboard ride down
// an empty Icelandic road, and Penn's one scene on a mountainside, waiting
// for a snow leopard, where he explains why he will not take the picture. It
// is a sweet, slightly empty film, and it looks wonderful.
//
// -- Lucan Threlfall

struct Uniforms {
    time: f32,
    resolution: vec2<f32>,
}

@group(0) @binding(0) var<uniform> u: Uniforms;

@vertex
fn vs_main(@builtin(vertex_index) i: u32) -> @builtin(position) vec4<f32> {
    var pos = array<vec2<f32>, 3>(
        vec2<f32>(-1.0, -3.0),
        vec2<f32>(3.0, 1.0),
        vec2<f32>(-1.0, 1.0),
    );
    return vec4<f32>(pos[i], 0.0, 1.0);
}

@fragment
fn fs_main(@builtin(position) p: vec4<f32>) -> @location(0) vec4<f32> {
    let uv = p.xy / u.resolution;
    let t = 0.5 + 0.5 * sin(u.time * 0.2 + uv.y * 3.0);
    let top = vec3<f32>(0.05, 0.12, 0.20);
    let bottom = vec3<f32>(0.55, 0.70, 0.80);
    return vec4<f32>(mix(top, bottom, uv.y * t), 1.0);
}
