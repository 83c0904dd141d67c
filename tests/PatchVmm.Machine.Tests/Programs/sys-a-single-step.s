// sys-a-single-step.s — Single Step traps (psr.ss), alone and with psr.tb
//
// With psr.ss = 1 every instruction that completes raises a Single Step trap: IVA+0x6000,
// ISR.code bit 3, ISR.ei = the slot of the stepped instruction (2 for the movl of an MLX
// bundle), cr.iip/ipsr.ri = the next instruction — after a taken branch its target (SDM Vol.
// 2 3.3.2, 8.3 Single Step vector). rfi installs psr.ss for the instruction it returns to,
// which then completes and traps (rfi itself is not stepped). A faulting instruction does not
// step (the Break that ends the stepping faults instead). When psr.tb is also 1, a taken
// branch raises the Taken Branch trap with ISR.ss also set (code 0xc) instead (Ski's
// setTrapIRs). The handlers store cr.isr, the next instruction (cr.iip relative to _start,
// with ipsr.ri) and cr.iipa at r14 (0x200000 on) and count in r13; the program loads the
// records into r40 and up.
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
	ENTRY 0x2c00
	// Break: stepping ends (psr.ss and psr.tb off), back past the break.
	mov r16 = cr.ipsr ;;
	dep r16 = 0, r16, 40, 1 ;;
	dep r16 = 0, r16, 26, 1 ;;
	mov cr.ipsr = r16 ;;
	srlz.d ;;
	SKIP_RFI

	ENTRY 0x5f00
	LOG_TRAP

	ENTRY 0x6000
	LOG_TRAP

	ENTRY 0x8000
	.global _start
	.proc _start
_start:
	alloc r2 = ar.pfs, 0, 80, 0, 0 ;;
	movl r2 = ivt ;;
	mov cr.iva = r2
	movl r12 = _start
	movl r14 = 0x200000
	mov r13 = 0 ;;
	bsw.1 ;;
	movl r3 = ss
	movl r5 = (1 << 44) | (1 << 13) | (1 << 40) | (1 << 41) ;;	// bank 1, ic, ss; slot 1
	mov cr.iip = r3
	mov cr.ipsr = r5
	mov cr.ifs = r0 ;;
	rfi ;;
ss:
	{ .mii
	adds r33 = 1, r0		// slot 0: not run (rfi returns to slot 1)
	adds r34 = 2, r0		// slot 1
	adds r35 = 3, r0 ;; }		// slot 2
	{ .mlx
	adds r36 = 4, r0
	movl r37 = 0x1234567890 ;; }	// ei 2
	{ .mib
	nop.m 0
	nop.i 0
	br.cond.sptk.few s2 ;; }	// a taken branch: the next one is its target
	break.m 0 ;;
s2:
	{ .mmi
	break.m 1			// ends the stepping
	nop.m 0
	nop.i 0 ;; }
	mov r38 = r13
	// ss and tb: a taken branch raises the Taken Branch trap, with ISR.ss.
	movl r3 = sstb
	movl r5 = (1 << 44) | (1 << 13) | (1 << 40) | (1 << 26) ;;	// bank 1, ic, ss, tb
	rsm psr.ic ;;
	srlz.d ;;
	mov cr.iip = r3
	mov cr.ipsr = r5 ;;
	rfi ;;
sstb:
	{ .mib
	nop.m 0
	adds r39 = 5, r0
	br.cond.sptk.few s3 ;; }
s3:
	break.m 2 ;;
	mov r38 = r13
	movl r2 = 0x200000 ;;
	ld8 r40 = [r2], 8 ;;
	ld8 r41 = [r2], 8 ;;
	ld8 r42 = [r2], 8 ;;
	ld8 r43 = [r2], 8 ;;
	ld8 r44 = [r2], 8 ;;
	ld8 r45 = [r2], 8 ;;
	ld8 r46 = [r2], 8 ;;
	ld8 r47 = [r2], 8 ;;
	ld8 r48 = [r2], 8 ;;
	ld8 r49 = [r2], 8 ;;
	ld8 r50 = [r2], 8 ;;
	ld8 r51 = [r2], 8 ;;
	ld8 r52 = [r2], 8 ;;
	ld8 r53 = [r2], 8 ;;
	ld8 r54 = [r2], 8 ;;
	ld8 r55 = [r2], 8 ;;
	ld8 r56 = [r2], 8 ;;
	ld8 r57 = [r2], 8 ;;
	ld8 r58 = [r2], 8 ;;
	ld8 r59 = [r2], 8 ;;
	ld8 r60 = [r2], 8 ;;
	ld8 r61 = [r2], 8 ;;
	ld8 r62 = [r2], 8 ;;
	ld8 r63 = [r2], 8 ;;
	ld8 r64 = [r2], 8 ;;
	ld8 r65 = [r2], 8 ;;
	ld8 r66 = [r2], 8 ;;
	ld8 r67 = [r2], 8 ;;
	ld8 r68 = [r2], 8 ;;
	ld8 r69 = [r2], 8 ;;
	ld8 r70 = [r2], 8 ;;
	ld8 r71 = [r2], 8 ;;
	ld8 r72 = [r2], 8 ;;
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
