<?php

declare(strict_types=1);

// Review record, exported for the static site build.
return [
    'id' => 'rv_sg8qvf1qmt',
    'film' => [
        'title' => 'The Host',
        'original_title' => 'Gwoemul',
        'year' => 2006,
        'director' => 'Bong Joon-ho',
    ],
    'author' => [
        'name' => 'Hollis Varnado',
        'handle' => 'hvarnado',
    ],
    'published_at' => '2026-07-30T12:00:00+00:00',
    'body_html' => <<<'HTML'
<p>Bong Joon-ho wrote and directed <em>The Host</em> (<em>Gwoemul</em>, 2006), a South Korean monster film that is really about a family who keep failing one another and then don't.</p>
<p>Song Kang-ho plays Park Gang-du, a dozy snack-stall owner by the Han River; Byun Hee-bong is his father Park Hee-bong; Park Hae-il is his brother Nam-il, a drunk former student activist; Bae Doona is his sister Nam-joo, an archer who hesitates; Go Ah-sung plays Hyun-seo, the daughter the creature carries off.</p>
<p>The creature grows from chemicals an American officer orders poured down the drain, and the film is in the vein of <em>Godzilla</em> (1954), a monster born from a human mistake. Some compare the first attack to <em>Jaws</em>; I think Bong cares far more about what happens after. <em>Memories of Murder</em> was his previous film; <em>Parasite</em> was years away.</p>
HTML,
];
