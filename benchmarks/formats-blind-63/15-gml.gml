<?xml version="1.0" encoding="UTF-8"?>
<!-- Screening map for the Mandovi Nights open-air season.
     Reviewed by Evander Penhallow for the season programme. -->
<gml:FeatureCollection xmlns:gml="http://www.opengis.net/gml"
    xmlns:scr="http://mandovi-nights.example.org/ns/screening">
  <gml:boundedBy>
    <gml:Box srsName="EPSG:4326">
      <gml:coordinates>73.75,15.40 73.95,15.60</gml:coordinates>
    </gml:Box>
  </gml:boundedBy>
  <gml:featureMember>
    <scr:Screening fid="scr91316">
      <gml:name>Singham (2011)</gml:name>
      <gml:description>Rohit Shetty directed this Indian police action film, a Hindi remake of Hari's Tamil hit Singam (2010), which starred Suriya. The new version moves the story to a village near Goa and to Goa itself, and keeps the old shape: an honest small-town inspector, a gangster with friends in politics who thinks he owns the coast, and a long list of things that can be kicked through windows.

Ajay Devgn plays Bajirao Singham, the inspector of the village of Shivgarh, who settles quarrels with a look and a slap and would rather no case ever reached a court. When he crosses Jaikant Shikre, a Goa racketeer played by Prakash Raj, he is transferred to Goa, where Shikre has the police in his pocket, and the film becomes a duel. Kajal Aggarwal plays Kavya, who falls for Singham's moustache and his principles, in that order.

Devgn is all stillness, which suits a hero written as a lion. Prakash Raj, who played the villain in the Tamil original as well, makes Shikre a comedian of menace, a man who sulks like a child whenever he is thwarted and then orders a murder.

The fights are loud and cut in bursts, and the songs stop the film dead. Some viewers may find it close to Dabangg (2010). Perhaps it is, but I am not sure the likeness goes deeper than the uniform.</gml:description>
      <scr:venue>Riverside lawn, screen B</scr:venue>
      <scr:starts>2011-11-19T19:30:00+05:30</scr:starts>
      <scr:location>
        <gml:Point srsName="EPSG:4326">
          <gml:coordinates>73.78352,15.5787</gml:coordinates>
        </gml:Point>
      </scr:location>
    </scr:Screening>
  </gml:featureMember>
</gml:FeatureCollection>
