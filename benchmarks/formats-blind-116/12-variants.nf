#!/usr/bin/env nextflow

/*
 * In China They Eat Dogs — dir. Lasse Spang Olsen, 1999
 * Written by Anders Thomas Jensen
 * by Fenwick Oduya
 *
 * A meek Copenhagen bank clerk, Arvid, foils a robbery, becomes a hero and
 * then discovers that the robber's wife hates him for it: the money was
 * going to pay for her fertility treatment. So Arvid decides to rob his
 * own bank and give it to her, and for that he needs his brother Harald, a
 * restaurant owner and full-time thug.
 *
 * Dejan Cukic plays Arvid with bewildered decency, and Kim Bodnia's Harald
 * is terrifying and oddly tender. Martin and Peter, Harald's two cooks,
 * played by Nikolaj Lie Kaas and Tomas Villum Jensen, are the best double
 * act in Danish film.
 *
 * The heist, the bickering and the sudden bloodshed are in the vein of
 * Reservoir Dogs (1992), but Jensen's script is odder and more moral, full
 * of talk about fate and good deeds. Pitch black, very funny, and faster
 * than its plot summary.
 */

params.reads  = "data/*_{1,2}.fq.gz"
params.genome = "ref/genome.fa"
params.outdir = "results"

process ALIGN {
    tag "$sample"
    publishDir "${params.outdir}/bam", mode: 'copy'

    input:
    tuple val(sample), path(reads)
    path genome

    output:
    tuple val(sample), path("${sample}.bam")

    script:
    """
    bwa mem -t ${task.cpus} ${genome} ${reads} | samtools sort -o ${sample}.bam
    """
}

process CALL_VARIANTS {
    tag "$sample"

    input:
    tuple val(sample), path(bam)
    path genome

    output:
    path "${sample}.vcf"

    script:
    """
    bcftools mpileup -f ${genome} ${bam} | bcftools call -mv -o ${sample}.vcf
    """
}

workflow {
    reads = Channel.fromFilePairs(params.reads)
    bams = ALIGN(reads, file(params.genome))
    CALL_VARIANTS(bams, file(params.genome))
}
