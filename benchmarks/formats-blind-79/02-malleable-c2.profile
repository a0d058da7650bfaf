# Malleable C2 profile for the box office's yearly red-team exercise, run by our
# contractor against staging.cinema.example only.
# The programme note of the week is kept in these comment lines.
#
# You're Never Too Young (1955)
#
# Norman Taurog directed this remake of Billy Wilder's The Major and the Minor (1942),
# with a screenplay by Sidney Sheldon that turns the original's premise inside out. In the
# Wilder picture a grown woman pretended to be twelve to ride the train at half fare; here
# it is Jerry Lewis, as the barber's assistant Wilbur Hoolick, who puts on a cap and short
# trousers after a jewel thief drops a stolen diamond into his pocket.
#
# The thief, Noonan, is played by Raymond Burr with the heavy patience of a man who knows
# the plot will bring the boy back to him. Wilbur hides out at a girls' school, where Dean
# Martin, as Bob Miles, has little to do but croon and look puzzled, and where Nancy
# Collins (Diana Lynn), who teaches there, believes the disguise and takes the runaway
# under her wing. Diana Lynn played the sharp-tongued kid sister in the 1942 film, which
# gives her scenes a small private joke. Nina Foch plays Gretchen Brendan, another
# teacher, and the best of her scenes is a slow burn.
#
# Lewis throws himself at the part with total commitment, and some of the train sequences
# are as good as anything he did with Martin. Ginger Rogers and Ray Milland gave the first
# version its wit; this one trades wit for slapstick, and the exchange is not always fair.
# Martin and Lewis had already made Scared Stiff (1953) together, and you can feel the
# routine setting in.
#
# Still, it moves, it is bright, and Lewis in short trousers remains a sight.
#
# -- Benedict Armitage-Rowe
#
set sample_name "boxoffice-exercise";
set sleeptime "60000";
set jitter "20";
set useragent "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36";

http-get {
    set uri "/showtimes/today";

    client {
        header "Accept" "text/html";
        header "Host" "staging.cinema.example";

        metadata {
            base64url;
            prepend "session=";
            header "Cookie";
        }
    }

    server {
        header "Content-Type" "text/html; charset=utf-8";

        output {
            netbios;
            prepend "<html><body>";
            append "</body></html>";
            print;
        }
    }
}

http-post {
    set uri "/tickets/hold";

    client {
        header "Content-Type" "application/x-www-form-urlencoded";

        id {
            parameter "seat";
        }

        output {
            base64url;
            print;
        }
    }

    server {
        output {
            print;
        }
    }
}
