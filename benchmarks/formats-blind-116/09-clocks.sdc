# Sweetie / 1989 / Australia
# Posted by Ingrid Fairweather
#
# Jane Campion's first feature, written with Gerard Lee, is about two
# sisters, and it is as prickly and peculiar as families are. Kay (Karen
# Colston) is a nervous clerk who reads tea leaves and is terrified of
# trees; her life is upended when her sister Dawn, known to everyone as
# Sweetie, arrives uninvited with a junkie boyfriend who claims to be her
# producer.
#
# Genevieve Lemon plays Sweetie as a great galloping force of need, a
# grown woman still performing for her doting father, Gordon, played by
# Jon Darling. Tom Lycos as Louis, Kay's gentle boyfriend, is the calm
# centre.
#
# Campion frames everyone off-centre, in suburban gardens and kitchens
# that look slightly wrong, and the humour is so dry that it takes a while
# to notice how sad the film is. The final scene in the tree house is one
# I have not forgotten.
#
# Constraints for the core clock domain
create_clock -name clk_core -period 10.000 -waveform {0.000 5.000} [get_ports clk_in]
set_clock_uncertainty 0.150 [get_clocks clk_core]
set_clock_transition 0.080 [get_clocks clk_core]
set_input_delay  -max 2.500 -clock clk_core [remove_from_collection [all_inputs] [get_ports clk_in]]
set_output_delay -max 2.000 -clock clk_core [all_outputs]
set_load 0.050 [all_outputs]
set_driving_cell -lib_cell BUFX2 [remove_from_collection [all_inputs] [get_ports clk_in]]
set_false_path -from [get_ports rst_n]
set_max_fanout 20 [current_design]
