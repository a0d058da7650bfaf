# gdb command file; run with gdb -batch -nx -x this-file
#
# Author: Hamid Rezaei, Window Seat Films (windowseatfilms.example.com)

set pagination off
set confirm off
set $review_number = 5996

echo Osama, a girl in disguise under the Taliban\n
echo \n
echo Author: Hamid Rezaei, Window Seat Films (windowseatfilms.example.com)\n
echo \n
echo Osama, written and directed by Siddiq Barmak in 2003, was the first feature shot in Afghanistan after the fall of the Taliban, and it looks and sounds like testimony. This Afghan drama uses amateur actors found in the streets of Kabul.\n
echo \n
echo Marina Golbahari plays a twelve-year-old girl whose mother, played by Zubaida Sahar, has lost her husband and brother in the wars and may not work. The mother cuts the girl's hair and sends her out as a boy, and the boys at the madrasa, suspicious from the start, call her Osama. Arif Herati is Espandi, the street boy who gives her the name to protect her.\n
echo \n
echo Barmak borrows nothing and explains nothing. The scene at the river, where the mullah teaches the boys to wash, is almost unbearable in its suspense, and the ending is worse than anything you fear. The Golden Globe it won hardly matters beside Golbahari's terrified face.\n
echo \n
echo Reviewed by Hamid Rezaei for Window Seat Films, 13 March 2024.\n
