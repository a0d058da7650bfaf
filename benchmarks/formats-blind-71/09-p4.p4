// screens.p4 -- P4_16 (v1model) program for the booth switch, which
// forwards frames to the projector servers by destination address.
// The week's programme note is kept above the code.
//
// Passenger 57 (1992)
//
// Wesley Snipes plays John Cutter, an airline security expert who has lost
// his nerve since his wife was killed in a robbery, and who happens to be on
// the flight that carries Charles Rane, a terrorist being taken to trial in
// Los Angeles. Bruce Payne plays Rane with a chilly English purr, and his
// people are already on board, among them a flight attendant, Sabrina Ritchie
// (Elizabeth Hurley).
//
// Kevin Hooks directed, from a screenplay by David Loughery and Dan Gordon,
// and the whole thing is built on Die Hard (1988): one man in the wrong
// place, a criminal mastermind with good manners, and a building, or here an
// aeroplane, that becomes a trap. Alex Datcher is Marti Slayton, the flight
// attendant who becomes Cutter's ally, and Tom Sizemore is his friend Sly
// Delvecchio, who works the ground. Bruce Greenwood plays Stuart Ramsey, the
// airline's chief, who wants Cutter for the job and flies with him.
//
// The plane comes down at a small Louisiana airfield halfway through, and the
// film never quite gets its altitude back. A chase through a country fair is
// noisy but routine. What keeps it going is Snipes, who is lean, quick and
// funny, and who delivers the picture's one famous line, about always betting
// on black, as if he had been waiting all his life to say it.
//
// Under Siege, out the same autumn, was the better ride.
//
// Reviewed by Hollis Dunmore

#include <core.p4>
#include <v1model.p4>

header ethernet_t {
    bit<48> dstAddr;
    bit<48> srcAddr;
    bit<16> etherType;
}

struct headers_t {
    ethernet_t ethernet;
}

struct metadata_t {
}

parser BoothParser(packet_in pkt, out headers_t hdr,
                   inout metadata_t meta, inout standard_metadata_t std) {
    state start {
        pkt.extract(hdr.ethernet);
        transition accept;
    }
}

control BoothVerify(inout headers_t hdr, inout metadata_t meta) {
    apply { }
}

control BoothIngress(inout headers_t hdr, inout metadata_t meta,
                     inout standard_metadata_t std) {
    action drop() {
        mark_to_drop(std);
    }
    action forward(bit<9> port) {
        std.egress_spec = port;
    }
    table screens {
        key = {
            hdr.ethernet.dstAddr: exact;
        }
        actions = {
            forward;
            drop;
        }
        size = 64;
        default_action = drop();
    }
    apply {
        screens.apply();
    }
}

control BoothEgress(inout headers_t hdr, inout metadata_t meta,
                    inout standard_metadata_t std) {
    apply { }
}

control BoothChecksum(inout headers_t hdr, inout metadata_t meta) {
    apply { }
}

control BoothDeparser(packet_out pkt, in headers_t hdr) {
    apply {
        pkt.emit(hdr.ethernet);
    }
}

V1Switch(BoothParser(), BoothVerify(), BoothIngress(), BoothEgress(),
         BoothChecksum(), BoothDeparser()) main;
