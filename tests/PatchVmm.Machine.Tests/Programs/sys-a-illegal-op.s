// sys-a-illegal-op.s — Illegal Operation faults of the control-register moves and the frame
//
// mov cr raises an Illegal Operation fault (General Exception vector, ISR.code 0, SDM Vol. 3
// mov cr) for a reserved CR (cr3, cr50, cr77, cr90), a write of a read-only CR (cr.ivr,
// cr.irr0, cr.irr3), and a read or write of an interruption CR (cr16–cr25: ipsr isr iip ifa
// itir iipa ifs iim iha) while psr.ic is 1 — checked before the privilege, so at PL 3 too.
// Reading cr.eoi is legal (it reads 0). mov =cr into a stacked register outside the current
// frame is an Illegal Operation as well (check_target_register, SDM Vol. 1 4.1.2). The
// handler keeps the last cr.isr in r33, counts in r35 and folds every cr.iip into r34 (xor);
// after each instruction r33 is copied into the next result register.
//
// A system-mode test program (issue 4): its final state is compared, field by field, with
// the state Ski leaves it in (NAME.ski.json, tools/regen-ski-states.sh).
// ski-excluded: cr.iipa -- only defined at an interruption (SDM Vol. 2 3.3.5.6); at EXIT Ski holds the last fall-through instruction's address with its slot bits (sim.c iCycleSys)
// ski-excluded: cr.ifa cr.itir -- Ski rewrites them on every instruction-page lookup while psr.ic is 1 (tlb.c itlbLookup/instLookup); no fault here defines them

	.explicit
	.include "system.inc"
	.text
	.align 32768
ivt:
	ENTRY 0x2c00			// Break Instruction
	PL0_AT_R36

	ENTRY 0x5400
	COUNT_SKIP

	ENTRY 0x8000
	.global _start
	.proc _start
_start:
	alloc r2 = ar.pfs, 0, 64, 0, 0 ;;
	movl r2 = ivt ;;
	mov cr.iva = r2 ;;
	bsw.1 ;;
	mov r33 = -1
	mov r34 = 0
	mov r35 = 0 ;;
	COLLECT
	mov r2 = cr3 ;;
	mov r40 = r33
	mov r2 = cr50 ;;
	mov r41 = r33
	mov cr77 = r0 ;;
	mov r42 = r33
	mov cr90 = r0 ;;
	mov r43 = r33
	mov cr.ivr = r0 ;;
	mov r44 = r33
	mov cr.irr0 = r0 ;;
	mov r45 = r33
	mov cr.irr3 = r0 ;;
	mov r46 = r33
	mov r2 = cr.ipsr ;;
	mov r47 = r33
	mov r2 = cr.isr ;;
	mov r48 = r33
	mov r2 = cr.iip ;;
	mov r49 = r33
	mov r2 = cr.ifa ;;
	mov r50 = r33
	mov r2 = cr.itir ;;
	mov r51 = r33
	mov r2 = cr.iipa ;;
	mov r52 = r33
	mov r2 = cr.ifs ;;
	mov r53 = r33
	mov r2 = cr.iim ;;
	mov r54 = r33
	mov r2 = cr.iha ;;
	mov r55 = r33
	mov cr.ipsr = r0 ;;
	mov r56 = r33
	mov cr.iim = r0 ;;
	mov r57 = r33
	{ .mmi
	nop.m 0
	mov cr.ifs = r0			// slot 1
	nop.i 0 ;; }
	mov r58 = r33
	mov r59 = cr.eoi		// legal: 0
	mov r60 = r35 ;;
	mov r100 = cr.dcr ;;		// outside the frame (r32..r95)
	mov r61 = r33
	// At PL 3 the Illegal Operation comes first.
	movl r3 = pl3 ;;
	movl r5 = (3 << 32) | (1 << 44) | (1 << 13) ;;	// cpl 3, bank 1, ic
	rsm psr.ic ;;
	srlz.d ;;
	mov cr.iip = r3
	mov cr.ipsr = r5
	mov cr.ifs = r0 ;;
	rfi ;;
pl3:
	mov r2 = cr.iip ;;		// interruption CR, psr.ic = 1
	mov r62 = r33
	mov r2 = cr3 ;;			// reserved
	mov r63 = r33
	mov cr.irr1 = r0 ;;		// read-only
	mov r64 = r33
	mov cr.dcr = r0 ;;		// only now the privilege
	mov r65 = r33
	movl r36 = done ;;
	break.m 1 ;;			// back to PL 0
done:
	mov r66 = r33
	mov r67 = r34
	mov r68 = r35
	EXIT
	.endp _start
