// sys-a-rfi-slots.s — rfi into each slot, and the psr it installs
//
// rfi (SDM Vol. 3 rfi; Vol. 2 3.3.2, 5.5) continues at cr.iip, in the slot cr.ipsr.ri names,
// with psr = cr.ipsr. With psr.ic = 0 the program writes cr.iip/cr.ipsr/cr.ifs (ifs.v = 0)
// itself and returns into slot 0, 1 and 2 of an MII bundle (the slots before ri must not
// run: each slot counts in its own register) and into slot 1 of an MIB bundle whose slot 2
// branches back (rfi must end its instruction group, so it sits in slot 2 here). The
// installed psr carries be/up/ac/mfl/mfh and ic; mov =psr reads it back (ri is not read).
// Then a Break fault's handler returns with ri = 2, skipping slot 1 of the faulting bundle,
// and a last rfi installs psr.ic = 1.
//
// A system-mode test program (issue 4): its final state is compared, field by field, with
// the state Ski leaves it in (NAME.ski.json, tools/regen-ski-states.sh).
// ski-excluded: cr.iipa -- only defined at an interruption (SDM Vol. 2 3.3.5.6); the handler's break is checked through cr.iip, and at EXIT Ski holds the last fall-through instruction's address with its slot bits (sim.c iCycleSys)
// ski-excluded: cr.ifa cr.itir -- Ski rewrites them on every instruction-page lookup while psr.ic is 1 (tlb.c itlbLookup/instLookup); no fault here defines them

	.explicit
	.include "system.inc"
	.text
	.align 32768
ivt:
	ENTRY 0x2c00
	// Break: return into slot 2 of the faulting bundle (skip slot 1).
	mov r16 = cr.ipsr
	mov r17 = cr.isr ;;
	mov r60 = r17
	mov r18 = cr.iip ;;
	mov r62 = r18
	mov r19 = 2 ;;
	dep r16 = r19, r16, 41, 2 ;;
	mov cr.ipsr = r16 ;;
	rfi ;;

	ENTRY 0x8000
	.global _start
	.proc _start
_start:
	alloc r2 = ar.pfs, 0, 40, 0, 0 ;;
	movl r2 = ivt ;;
	mov cr.iva = r2
	mov r41 = 0
	mov r42 = 0
	mov r43 = 0 ;;
	movl r3 = mii ;;
	movl r4 = back0 ;;
	mov b6 = r4
	mov cr.iip = r3
	mov cr.ipsr = r0
	mov cr.ifs = r0 ;;
	rfi ;;				// slot 0: r41, r42, r43 count
back0:
	mov r44 = r41
	mov r45 = r42
	mov r46 = r43
	movl r4 = back1 ;;
	mov b6 = r4
	movl r5 = 1 << 41 ;;		// ri = 1
	mov cr.ipsr = r5 ;;
	rfi ;;
back1:
	mov r47 = r41
	mov r48 = r42
	mov r49 = r43
	movl r4 = back2 ;;
	mov b6 = r4
	movl r5 = 2 << 41 ;;		// ri = 2
	mov cr.ipsr = r5 ;;
	rfi ;;
back2:
	mov r50 = r41
	mov r51 = r42
	mov r52 = r43

	// Slot 1 of an MIB bundle: slot 1 runs, then slot 2 branches back.
	movl r3 = mib
	movl r4 = back3 ;;
	mov b6 = r4
	mov cr.iip = r3
	movl r5 = (1 << 41) | 0x3e ;;	// ri = 1; be up ac mfl mfh
	mov cr.ipsr = r5 ;;
	rfi ;;
back3:
	mov r53 = psr			// be up ac mfl mfh, ri not read
	mov r54 = psr.um
	mov r55 = r41 ;;
	rum 0x3e ;;			// back to little-endian, all user mask bits off
	mov r56 = psr.um

	// A Break fault in slot 0 (psr.ic = 1); the handler returns into slot 2.
	COLLECT
	mov r58 = 0
	mov r59 = 0 ;;
brk:
	{ .mii
	break.m 0x5
	adds r58 = 1, r58		// skipped
	adds r59 = 1, r59 ;; }
	mov r61 = psr ;;		// ri is not read
	movl r3 = brk ;;
	sub r62 = r62, r3

	// rfi with ipsr.ic = 1 (and i = 0), into slot 0: collection stays on after the return
	// (and Ski's psr.ri, which keeps the last rfi's, agrees with the slot again).
	rsm psr.ic ;;
	srlz.d
	movl r3 = back4
	movl r5 = 1 << 13 ;;
	mov cr.iip = r3
	mov cr.ipsr = r5 ;;
	rfi ;;
back4:
	mov r57 = psr ;;
	EXIT

	.align 16
mii:
	{ .mii
	adds r41 = 1, r41
	adds r42 = 1, r42
	adds r43 = 1, r43 ;; }
	{ .mib
	nop.m 0
	nop.i 0
	br.sptk.few b6 ;; }
mib:
	{ .mib
	adds r41 = 0x10, r41
	adds r42 = 0x10, r42		// slot 1: runs
	br.sptk.few b6 ;; }		// slot 2
	.endp _start
