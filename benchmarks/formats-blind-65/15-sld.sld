<?xml version="1.0" encoding="UTF-8"?>
<StyledLayerDescriptor version="1.0.0"
    xmlns="http://www.opengis.net/sld"
    xmlns:ogc="http://www.opengis.net/ogc"
    xmlns:xlink="http://www.w3.org/1999/xlink"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.opengis.net/sld http://schemas.opengis.net/sld/1.0.0/StyledLayerDescriptor.xsd">
  <NamedLayer>
    <Name>alderst:night_walk</Name>
    <UserStyle>
      <Name>night_walk_route</Name>
      <Title>Night walk from the Alder Street cinema, with stops</Title>
      <Abstract>Style for the printed walking map handed out after late screenings at
the Alder Street cinema. The map's back page carries the film note, so the
note lives in this abstract:

Shaun of the Dead (2004)

Edgar Wright directed this British comedy and wrote it with Simon Pegg, who
also plays Shaun, a shop assistant in north London whose life runs on a
loop: work, the pub, the sofa, the pub. His girlfriend Liz, played by Kate
Ashfield, leaves him because he never takes her anywhere but the Winchester,
his local. Next morning he is so hung over that he walks to the corner shop
and back through the start of a zombie plague without noticing a thing.

Nick Frost plays Ed, Shaun's idle flatmate and best friend, who answers the
telephone with a word I will not repeat. Dylan Moran is David, Liz's friend,
who cannot stand Shaun, and Lucy Davis plays Dianne, David's girlfriend, an
actress who teaches the group to walk like the dead. Penelope Wilton plays
Barbara, Shaun's mother, and Bill Nighy is Philip, the stepfather Shaun has
never liked and must say goodbye to in the back of a car.

Shaun's plan is to fetch his mother, rescue Liz, and wait at the Winchester
for it all to blow over. The film borrows its slow, shuffling dead and a
good many of its jokes from George A. Romero's Dawn of the Dead (1978), and
treats them with real affection. Pegg and Frost had worked together on a
television comedy, Spaced, and their timing shows it. Wright made Hot Fuzz
(2007) next, but this is the one people quote.

Harriet Oakenshaw
</Abstract>
      <FeatureTypeStyle>
        <Rule>
          <Name>route</Name>
          <Title>Walking route</Title>
          <ogc:Filter>
            <ogc:PropertyIsEqualTo>
              <ogc:PropertyName>kind</ogc:PropertyName>
              <ogc:Literal>route</ogc:Literal>
            </ogc:PropertyIsEqualTo>
          </ogc:Filter>
          <LineSymbolizer>
            <Stroke>
              <CssParameter name="stroke">#b03a2e</CssParameter>
              <CssParameter name="stroke-width">3</CssParameter>
              <CssParameter name="stroke-dasharray">6 3</CssParameter>
            </Stroke>
          </LineSymbolizer>
        </Rule>
        <Rule>
          <Name>stops</Name>
          <Title>Stops along the way</Title>
          <ogc:Filter>
            <ogc:PropertyIsEqualTo>
              <ogc:PropertyName>kind</ogc:PropertyName>
              <ogc:Literal>stop</ogc:Literal>
            </ogc:PropertyIsEqualTo>
          </ogc:Filter>
          <PointSymbolizer>
            <Graphic>
              <Mark>
                <WellKnownName>circle</WellKnownName>
                <Fill><CssParameter name="fill">#1f618d</CssParameter></Fill>
              </Mark>
              <Size>9</Size>
            </Graphic>
          </PointSymbolizer>
          <TextSymbolizer>
            <Label><ogc:PropertyName>label</ogc:PropertyName></Label>
            <Font>
              <CssParameter name="font-family">DejaVu Sans</CssParameter>
              <CssParameter name="font-size">10</CssParameter>
            </Font>
            <Fill><CssParameter name="fill">#000000</CssParameter></Fill>
          </TextSymbolizer>
        </Rule>
      </FeatureTypeStyle>
    </UserStyle>
  </NamedLayer>
</StyledLayerDescriptor>
