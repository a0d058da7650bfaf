// review.m: prints a film review; build with clang -framework Foundation review.m
// Author: Wendell Osei
// Date: 2024-09-03

#import <Foundation/Foundation.h>

int main(int argc, const char *argv[]) {
    @autoreleasepool {
        NSString *title = @"The Stepford Wives (2004)";
        NSString *reviewer = @"Wendell Osei";
        NSArray<NSString *> *paragraphs = @[
            @"The Stepford Wives (2004) is a remake of Bryan Forbes's The "
            "Stepford Wives (1975), and this American satire was directed by "
            "Frank Oz from a screenplay by Paul Rudnick. A television "
            "executive who has been fired moves with her husband to a "
            "Connecticut suburb where every wife is smiling, baking and oddly "
            "obedient.",
            @"Nicole Kidman plays Joanna Eberhart, and Matthew Broderick is "
            "Walter Kresby, her husband, who takes to the men's club rather "
            "too happily. Bette Midler plays Bobbie Markowitz, a writer who "
            "refuses to tidy up, and Christopher Walken is Mike Wellington, "
            "who runs the club. Glenn Close plays Claire Wellington, his "
            "wife, with a grin that never switches off.",
            @"The 1975 film, with Katharine Ross, was a horror film; this one "
            "is a satire that loses its nerve, and the reshoots show. Ira "
            "Levin's novel had a sharper idea of what it was about than "
            "either version. Rudnick's jokes are good, but the ending undoes "
            "the premise."
        ];
        NSString *signoff = @"Wendell Osei";
        printf("%s\n\n", title.UTF8String);
        for (NSString *p in paragraphs) {
            printf("%s\n\n", p.UTF8String);
        }
        printf("%s\n", signoff.UTF8String);
        (void)reviewer;
    }
    return 0;
}
