// sys-a-interruption-psr.s — the psr an interruption installs, and the one it saves
//
// On an interruption (SDM Vol. 2 5.5, 3.3.2 Table 3-2) cr.ipsr receives the interrupted psr
// — for a fault, with the one-instruction disables ia/id/da/dd/ed still set when they were
// installed for the faulting instruction — and the handler runs with psr.ic = i = bn = 0,
// cpl = 0, be = dcr.be, pp = dcr.pp, up/mfl/mfh/pk/dt/it/rt/mc kept and every other bit 0.
// An rfi at PL 0 installs a psr with cpl = 3, bn = 1, up ac mfl mfh ic i pk dfl dfh sp pp di
// si db rt and the one-instruction disables, whose first instruction is a break.m: the handler
// reads its own psr (mov =psr: bits 31:0, it, mc), its bank (r24 of bank 0), cr.ipsr and
// cr.isr, and returns past the break at PL 3; the next break.m at PL 3 shows the disables
// gone from cr.ipsr (one instruction completed), and its handler returns to PL 0.
// cr.dcr has be and pp set, cr.itv is masked (psr.i = 1 must not take a timer interrupt).
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
	mov r20 = cr.iim ;;
	cmp.eq p6, p7 = 1, r20 ;;
(p6)	mov r21 = psr
(p6)	mov r22 = cr.ipsr
(p6)	mov r23 = cr.isr ;;
(p6)	mov r40 = r21
(p6)	mov r41 = r22
(p6)	mov r42 = r23
(p6)	mov r43 = r24			// bank 0's r24: the handler is in bank 0
(p7)	mov r21 = psr
(p7)	mov r22 = cr.ipsr
(p7)	mov r23 = cr.isr ;;
(p7)	mov r44 = r21
(p7)	mov r45 = r22
(p7)	mov r46 = r23
(p6)	br.cond.sptk skip ;;
	// Break 2: back to PL 0, bank 1, collection on, at done.
	movl r16 = 1 << 13 | 1 << 44
	movl r17 = done ;;
	mov cr.ipsr = r16
	mov cr.iip = r17 ;;
	rfi ;;
skip:
	SKIP_RFI

	ENTRY 0x8000
	.global _start
	.proc _start
_start:
	alloc r2 = ar.pfs, 0, 40, 0, 0 ;;
	movl r2 = ivt ;;
	mov cr.iva = r2
	mov r24 = 0x24			// bank 0
	movl r3 = 1 << 16 ;;
	mov cr.itv = r3			// timer masked
	mov r3 = 3 ;;
	mov cr.dcr = r3 ;;		// pp, be
	bsw.1 ;;
	mov r24 = 0x1024		// bank 1
	movl r3 = pl3 ;;
	mov cr.iip = r3
	// cpl 3, bn, up ac mfl mfh, ic i pk, dfl dfh sp pp di si db rt, id da dd ed ia.
	movl r5 = (3 << 32) | (1 << 44) | 0x3c | (1 << 13) | (1 << 14) | (1 << 15) | (0xf << 18) | (0x3 << 22) | (1 << 24) | (1 << 27) | (7 << 37) | (1 << 43) | (1 << 45) ;;
	mov cr.ipsr = r5
	mov cr.ifs = r0 ;;
	rfi ;;
pl3:
	{ .mii
	break.m 1			// the disables are still installed
	nop.i 0				// (they apply to this nop, then go)
	nop.i 0 ;; }
	{ .mii
	break.m 2			// now they are gone
	nop.i 0
	nop.i 0 ;; }
done:
	mov r47 = psr
	mov r48 = r24 ;;		// bank 1 again
	EXIT
	.endp _start
