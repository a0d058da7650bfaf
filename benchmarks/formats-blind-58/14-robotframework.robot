# Bullet Time Bulletin: a review kept as an acceptance test.
# Author: Marcus Yeo-Brandt

*** Settings ***
Documentation     Hard Boiled (1992): the teahouse, the warehouse, the hospital
...               A film review that writes itself to a file and checks it.
Metadata          Author    Marcus Yeo-Brandt
Metadata          Outlet    Bullet Time Bulletin
Metadata          Filed     5 July 2024
Library           OperatingSystem
Test Timeout      57 seconds

*** Variables ***
${REVIEWER}       Marcus Yeo-Brandt
${HEADLINE}       Hard Boiled (1992): the teahouse, the warehouse, the hospital
@{PARAGRAPHS}     John Woo's last Hong Kong film before Hollywood opens with a shootout in a teahouse full of birdcages and ends with a hospital under siege while Inspector Tequila Yuen carries newborn babies out through the gunfire. Chow Yun-fat plays Tequila, a clarinet-playing cop who breaks every rule, and Woo, who directed, builds him out of Dirty Harry (1971), the same loner with a badge, the same contempt for procedure, the same very large gun.
...               Tony Leung Chiu-wai is Alan, an undercover officer buried so deep in the triads that he counts his killings with paper cranes, and Teresa Mo plays Teresa Chang, the policewoman passing messages between the two men. Anthony Wong is Johnny Wong, the gun-running boss, and Philip Kwok is Mad Dog, his one-eyed enforcer, who has more honour than his employer. Woo's next stop was Hard Target (1993) in America.
...               Barry Wong wrote the screenplay and died before the film came out. The single-take corridor fight in the hospital runs close to three minutes without a cut, and it is still the yardstick action scenes get measured against.
${SIGNOFF}        Reviewed by Marcus Yeo-Brandt for Bullet Time Bulletin, 5 July 2024.
${REVIEW FILE}    ${OUTPUT DIR}${/}review.txt

*** Test Cases ***
Review Is Written In Full
    Create File    ${REVIEW FILE}    ${HEADLINE}\n\n
    FOR    ${paragraph}    IN    @{PARAGRAPHS}
        Append To File    ${REVIEW FILE}    ${paragraph}\n\n
    END
    Append To File    ${REVIEW FILE}    ${SIGNOFF}\n
    File Should Not Be Empty    ${REVIEW FILE}
    Log    Filed by ${REVIEWER}
