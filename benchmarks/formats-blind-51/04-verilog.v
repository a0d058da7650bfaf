// vault_alarm.v -- a toy vault alarm; its testbench prints a film review
// Author: Corentin Bazin <cb@cineclub.example.fr>
// Written: 2023-06-14
`timescale 1ns / 1ps

module vault_alarm #(parameter [15:0] CODE = 16'hBE11) (
    input  wire        clk,
    input  wire        rst_n,
    input  wire [15:0] keypad,
    input  wire        vibration,
    output reg         siren
);
    always @(posedge clk or negedge rst_n) begin
        if (!rst_n)
            siren <= 1'b0;
        else if (vibration && keypad != CODE)
            siren <= 1'b1;
    end
endmodule

module review_tb;
    reg clk = 1'b0;
    reg rst_n = 1'b0;
    reg vibration = 1'b0;
    reg [15:0] keypad = 16'h0000;
    wire siren;

    vault_alarm #(.CODE(16'hBE11)) dut (
        .clk(clk), .rst_n(rst_n), .keypad(keypad), .vibration(vibration), .siren(siren)
    );

    always #6 clk = ~clk;

    initial begin
        $display("Rififi (1955)");
        $display("");
        $display("Rififi (Du rififi chez les hommes, 1955) was directed by Jules Dassin,");
        $display("who wrote the screenplay with Rene Wheeler and Auguste Le Breton, on");
        $display("whose novel it is based. Dassin had been driven out of Hollywood by the");
        $display("blacklist, and this French thriller is the film that put him back to");
        $display("work.");
        $display("");
        $display("Jean Servais plays Tony le Stephanois, an ageing thief just out of");
        $display("prison, who agrees to one last job on a Paris jeweller's safe with Jo le");
        $display("Suedois (Carl Mohner) and Mario Ferrati (Robert Manuel). Dassin himself,");
        $display("credited as Perlo Vita, plays Cesar le Milanais, the Italian safecracker");
        $display("whose weakness for a pretty singer undoes them all.");
        $display("");
        $display("The film borrows its patient gathering of a crew, and its certainty that");
        $display("the crew will fall apart afterwards, from John Huston's The Asphalt");
        $display("Jungle (1950). The half hour of the break-in, played without a word or a");
        $display("note of music, is all its own: an umbrella opened under a hole in the");
        $display("ceiling to catch the falling plaster is one of the great images of the");
        $display("genre.");
        $display("");
        $display("Dassin won the director's prize at Cannes for it. Bob le flambeur (1956)");
        $display("is often paired with it, but that film came later and I see no debt");
        $display("either way. His later Topkapi (1964) is the sunny version.");
        $display("");
        $display("Corentin Bazin");
        #20 rst_n = 1'b1;
        #20 vibration = 1'b1;
        #40 $display("siren = %b", siren);
        $finish;
    end
endmodule
