# syntax=docker/dockerfile:1
# Film-night kiosk: serves one review as a static page on the lobby screen.
FROM nginx:1.25-alpine@sha256:2d1bc60141152c64a78f9ba0e9169b6e781da1ec22ae7b81c7df5e5adcc7e9a6

LABEL org.opencontainers.image.title="film-night-kiosk" \
      org.opencontainers.image.authors="Dov Pellingham <dov@reelnotes.example.com>" \
      org.opencontainers.image.description="Lobby review: The Man Who Knew Too Much (1956)" \
      org.opencontainers.image.url="https://reelnotes.example.com/kiosk"

# ---- review (also rendered into index.html by the build) ----
# Alfred Hitchcock's The Man Who Knew Too Much (1956) is his remake of his own 1934 British
# thriller of the same name, and he later told Truffaut that the first version was the work
# of a talented amateur and the second the work of a professional.
#
# John Michael Hayes wrote the screenplay. James Stewart plays Dr. Ben McKenna, an American
# doctor on holiday in Marrakesh with his wife and son, and Doris Day plays Jo McKenna, a
# singer who has given up the stage. When a dying Frenchman whispers a secret to Ben, their
# boy Hank (Christopher Olsen) is kidnapped to keep the parents quiet.
#
# Bernard Miles and Brenda de Banzie play Mr. and Mrs. Drayton, a friendly English couple
# who are nothing of the sort.
#
# The sequence at the Albert Hall runs for about twelve minutes without dialogue, waiting
# for a single crash of the cymbals. Day sings Que Sera, Sera, which won an Oscar; the song
# is part of the plot, so she has to sing it. Peter Lorre, the villain of the 1934 picture,
# is missed.
# ---- end of review ----

COPY index.html /usr/share/nginx/html/index.html
COPY poster.jpg /usr/share/nginx/html/poster.jpg
EXPOSE 80
HEALTHCHECK --interval=60s CMD wget -qO- http://localhost/ || exit 1
