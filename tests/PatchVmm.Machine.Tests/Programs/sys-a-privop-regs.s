// sys-a-privop-regs.s — Privileged Operation faults at PL 3: register files and translation queries
//
// At psr.cpl = 3 the moves to and from the region, protection-key, debug-breakpoint and
// performance-monitor-configuration registers, the move to a performance-monitor data
// register, tpa and tak raise a Privileged Operation fault: General Exception vector
// (IVA+0x5400), ISR.code = 0x10, ISR.ei = the slot, cr.iip the bundle (SDM Vol. 3 mov
// indirect, tpa, tak; Vol. 2 8.3). tpa and tak are non-access instructions: their fault also
// sets ISR.na with the non-access code (tpa 0, tak 3) (SDM Vol. 2 5.5.2, Table 5-5). The
// handler keeps the last cr.isr in r33, counts in r35 and folds every cr.iip into r34 (xor);
// after each instruction r33 is copied into the next result register. The program returns to
// PL 0 through a Break whose handler clears cr.ipsr.cpl and resumes at r36.
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
	mov r35 = 0
	movl r3 = pl3 ;;
	movl r5 = (3 << 32) | (1 << 44) | (1 << 13) ;;	// cpl 3, bank 1, ic
	mov cr.iip = r3
	mov cr.ipsr = r5
	mov cr.ifs = r0 ;;
	rfi ;;
pl3:
	mov rr[r0] = r0 ;;
	srlz.d				// (no region register changed: for the assembler)
	mov r40 = r33
	mov r2 = rr[r0] ;;
	mov r41 = r33
	mov pkr[r0] = r0 ;;
	mov r42 = r33
	mov r2 = pkr[r0] ;;
	mov r43 = r33
	mov dbr[r0] = r0 ;;
	mov r44 = r33
	mov r2 = dbr[r0] ;;
	mov r45 = r33
	mov ibr[r0] = r0 ;;
	mov r46 = r33
	mov r2 = ibr[r0] ;;
	mov r47 = r33
	mov pmc[r0] = r0 ;;
	mov r48 = r33
	mov r2 = pmc[r0] ;;
	mov r49 = r33
	mov pmd[r0] = r0 ;;
	mov r50 = r33
	tpa r2 = r0 ;;
	mov r51 = r33
	tak r2 = r0 ;;
	mov r52 = r33
	{ .mmi
	nop.m 0
	mov r2 = rr[r0]			// slot 1
	nop.i 0 ;; }
	mov r53 = r33
	movl r36 = done ;;
	break.m 1 ;;			// back to PL 0
done:
	mov r54 = r33
	mov r55 = r34
	mov r56 = r35
	EXIT
	.endp _start
