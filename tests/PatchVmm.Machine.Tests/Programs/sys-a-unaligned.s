// sys-a-unaligned.s — Unaligned Data Reference faults
//
// A data reference whose address is not a multiple of its size raises an Unaligned Data
// Reference fault (IVA+0x5a00) — always when psr.ac is 1, and on this implementation (as on
// Ski) also when psr.ac is 0 (SDM Vol. 2 5.6, 8.3; Vol. 1 4.5.1.2: whether the processor
// handles a misaligned access with psr.ac = 0 is implementation-dependent). With psr.ic = 1,
// cr.ifa receives the address and ISR.r/w/sp tell the kind of reference (Vol. 2 8.3 Unaligned
// Reference vector). The handler copies cr.isr to r33 and cr.ifa (relative to the data,
// 0x200000) to r36, counts in r35 and returns past the instruction. Covered: ld8, ld2, st4,
// st8, cmpxchg8 (read and write), ldf8, stfd, ld8.s (speculative, ISR.sp), with ac = 0 and 1;
// aligned references with ac = 1 do not fault.
//
// A system-mode test program (issue 4): its final state is compared, field by field, with
// the state Ski leaves it in (NAME.ski.json, tools/regen-ski-states.sh).
// ski-excluded: cr.iipa -- only defined at an interruption (SDM Vol. 2 3.3.5.6); at EXIT Ski holds the last fall-through instruction's address with its slot bits (sim.c iCycleSys)
// ski-excluded: cr.ifa cr.itir -- Ski rewrites them on every instruction-page lookup while psr.ic is 1 (tlb.c itlbLookup/instLookup); the handler keeps cr.ifa in a register

	.explicit
	.include "system.inc"
	.text
	.align 32768
ivt:
	ENTRY 0x5a00
	mov r16 = cr.isr
	mov r17 = cr.ifa ;;
	mov r33 = r16
	sub r36 = r17, r2
	adds r35 = 1, r35
	SKIP_RFI

	ENTRY 0x8000
	.global _start
	.proc _start
_start:
	alloc r3 = ar.pfs, 0, 72, 0, 0 ;;
	movl r3 = ivt ;;
	mov cr.iva = r3 ;;
	bsw.1 ;;
	mov r35 = 0
	movl r2 = 0x200000 ;;		// the data (r2 stays)
	movl r3 = 0x1122334455667788 ;;
	st8 [r2] = r3, 8 ;;
	st8 [r2] = r3, -8 ;;
	COLLECT
	mov r33 = -1
	mov r36 = -1
	adds r4 = 1, r2 ;;
	ld8 r5 = [r4] ;;
	mov r40 = r33
	mov r41 = r36
	mov r33 = -1
	mov r36 = -1
	adds r4 = 3, r2 ;;
	ld2 r5 = [r4] ;;
	mov r42 = r33
	mov r43 = r36
	mov r33 = -1
	mov r36 = -1
	adds r4 = 2, r2 ;;
	st4 [r4] = r0 ;;
	mov r44 = r33
	mov r45 = r36
	mov r33 = -1
	mov r36 = -1
	adds r4 = 12, r2 ;;
	st8 [r4] = r0 ;;
	mov r46 = r33
	mov r47 = r36
	mov r33 = -1
	mov r36 = -1
	adds r4 = 4, r2 ;;
	cmpxchg8.acq r5 = [r4], r0, ar.ccv ;;
	mov r48 = r33
	mov r49 = r36
	mov r33 = -1
	mov r36 = -1
	adds r4 = 6, r2 ;;
	ldf8 f6 = [r4] ;;
	mov r50 = r33
	mov r51 = r36
	mov r33 = -1
	mov r36 = -1
	adds r4 = 9, r2 ;;
	stfd [r4] = f1 ;;
	mov r52 = r33
	mov r53 = r36
	mov r33 = -1
	mov r36 = -1
	adds r4 = 5, r2 ;;
	ld8.s r6 = [r4] ;;
	mov r54 = r33
	mov r55 = r36
	mov r33 = -1
	mov r36 = -1
	sum 0x8 ;;
	adds r4 = 1, r2 ;;
	ld4 r5 = [r4] ;;
	mov r56 = r33
	mov r57 = r36
	mov r33 = -1
	mov r36 = -1
	adds r4 = 8, r2 ;;
	ld8 r7 = [r4] ;;
	mov r58 = r33
	mov r59 = r36
	mov r33 = -1
	mov r36 = -1
	adds r4 = 2, r2 ;;
	ld2 r8 = [r4] ;;
	mov r60 = r33
	mov r61 = r36
	mov r33 = -1
	mov r36 = -1
	adds r4 = 7, r2 ;;
	st1 [r4] = r0 ;;
	mov r62 = r33
	mov r63 = r36
	mov r33 = -1
	mov r36 = -1
	adds r4 = 10, r2 ;;
	st8 [r4] = r0 ;;
	mov r64 = r33
	mov r65 = r36
	rum 0x8 ;;
	mov r66 = r35
	mov r67 = r5
	mov r68 = r7
	mov r69 = r8
	getf.sig r70 = f6
	ld8 r71 = [r2] ;;		// 0x..7788 with byte 7 cleared
	// A last rfi into slot 0 (Ski's psr keeps the ri of the last rfi).
	rsm psr.ic ;;
	srlz.d
	movl r3 = done
	movl r5 = (1 << 44) | (1 << 13) ;;
	mov cr.iip = r3
	mov cr.ipsr = r5 ;;
	rfi ;;
done:
	EXIT
	.endp _start
