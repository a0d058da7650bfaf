# Pin constraints for the lobby sign's FPGA board. Vivado treats hash-led
# lines as remarks; my review sits among them, above the pins.
#
# In the Loop (2009)
#
# review by Saskia Verhoeven-Mbeki
#
# Cast: Peter Capaldi (Malcolm Tucker), Chris Addison (Toby), Anna Chlumsky
# (Liza), James Gandolfini (General Miller), Mimi Kennedy (Karen Clark)
#
# If you have watched The Thick of It on the BBC, you know exactly what you
# are in for here: it is pretty much a feature-length episode of the series
# with a bigger budget and a trip to Washington. Armando Iannucci directed,
# and he wrote it with Jesse Armstrong, Simon Blackwell and Tony Roche, the
# same gang that writes the show, and you can tell, because nobody in this
# very British comedy is allowed to finish a sentence without being
# insulted.
#
# A junior minister says something vague about war on the radio, and the
# government's communications chief descends on him like a thunderstorm.
# Capaldi's Malcolm is the same foul-mouthed enforcer as on television, only
# louder. Addison plays Toby, the minister's new adviser, Chlumsky is Liza,
# a State Department aide who wrote a paper nobody was meant to read, and
# Gandolfini, as a general who does sums on a child's calculator, steals
# every scene he is in.
#
# I laughed harder than at anything this year, and then felt slightly sick,
# which I suspect was the point.
#
# 9/10

set_property PACKAGE_PIN W5 [get_ports clk]
set_property IOSTANDARD LVCMOS33 [get_ports clk]
create_clock -period 10.000 -name sys_clk_pin -waveform {0.000 5.000} -add [get_ports clk]
set_property PACKAGE_PIN U16 [get_ports {led[0]}]
set_property IOSTANDARD LVCMOS33 [get_ports {led[0]}]
set_property PACKAGE_PIN E19 [get_ports {led[1]}]
set_property IOSTANDARD LVCMOS33 [get_ports {led[1]}]
