// sys-a-privop-system.s — Privileged Operation faults at PL 3: psr, cr, rfi, bsw, TLB management
//
// At psr.cpl = 3 every privileged instruction raises a Privileged Operation fault: General
// Exception vector (IVA+0x5400), ISR.code = 0x10, ISR.ei = its slot, cr.iip its bundle (SDM
// Vol. 2 5.6, 8.3 General Exception; Vol. 3 each instruction's "if (PSR.cpl != 0)
// privileged_operation_fault(0)"). Covered here: mov =psr, mov psr.l=, rsm, ssm, mov =cr,
// mov cr=, rfi, bsw.0, bsw.1, ptc.l, ptc.g, ptc.ga, ptc.e, ptr.i, ptr.d, and itc.i, itc.d,
// itr.i, itr.d — which check psr.ic first: with psr.ic = 1 they raise Illegal Operation
// (ISR.code 0) even at PL 3, with psr.ic = 0 the Privileged Operation fault. A fault with
// psr.ic = 0 writes cr.isr only (ni = 1, no cr.iip/ipsr), so the handler then resumes at r36
// with psr = r37 that the program prepared. The handler keeps the last cr.isr in r33, counts
// in r35 and folds every cr.iip into r34 (xor); after each instruction r33 is copied into the
// next result register.
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
	// Break (iim 1): go on at PL 3 with psr.ic = 0.
	mov r16 = cr.ipsr ;;
	dep r16 = 0, r16, 13, 1 ;;
	mov cr.ipsr = r16 ;;
	srlz.d ;;
	SKIP_RFI

	ENTRY 0x5400
	mov r16 = cr.isr ;;
	mov r33 = r16
	adds r35 = 1, r35
	tbit.nz p6, p0 = r16, 39 ;;	// ni: psr.ic was 0, nothing but cr.isr was written
(p6)	br.cond.spnt resume ;;
	mov r17 = cr.iip ;;
	xor r34 = r34, r17
	SKIP_RFI
resume:
	mov cr.ipsr = r37
	mov cr.iip = r36 ;;
	rfi ;;

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
	mov r2 = psr ;;
	mov r40 = r33
	mov psr.l = r0 ;;
	mov r41 = r33
	rsm 0x4000 ;;
	mov r42 = r33
	ssm 0x4000 ;;
	mov r43 = r33
	mov r2 = cr.dcr ;;
	mov r44 = r33
	mov cr.tpr = r0 ;;
	mov r45 = r33
	rfi ;;
	mov r46 = r33
	bsw.0 ;;
	mov r47 = r33
	bsw.1 ;;
	mov r48 = r33
	ptc.l r0, r0 ;;
	mov r49 = r33
	ptc.g r0, r0 ;;
	mov r50 = r33
	ptc.ga r0, r0 ;;
	mov r51 = r33
	ptc.e r0 ;;
	mov r52 = r33
	ptr.i r0, r0 ;;
	mov r53 = r33
	ptr.d r0, r0 ;;
	mov r54 = r33
	// With psr.ic = 1 the inserts are Illegal Operations, before the privilege check.
	itc.i r0 ;;
	mov r55 = r33
	itc.d r0 ;;
	mov r56 = r33
	itr.i itr[r0] = r0 ;;
	mov r57 = r33
	itr.d dtr[r0] = r0 ;;
	mov r58 = r33
	mov r59 = r35
	break.m 1 ;;			// psr.ic = 0 from here
	movl r37 = (3 << 32) | (1 << 44)
	movl r36 = ic0 ;;
	itc.i r0 ;;
ic0:	mov r60 = r33
	movl r36 = ic1 ;;
	itc.d r0 ;;
ic1:	mov r61 = r33
	movl r36 = ic2 ;;
	itr.i itr[r0] = r0 ;;
ic2:	mov r62 = r33
	movl r36 = ic3 ;;
	itr.d dtr[r0] = r0 ;;
ic3:	mov r63 = r33
	movl r36 = ic4 ;;
	mov r2 = psr ;;			// any other: the same fault
ic4:	mov r64 = r33
	// Back to PL 0 (bank 1, psr.ic = 1) through one more fault.
	movl r37 = (1 << 44) | (1 << 13)
	movl r36 = done ;;
	rsm 0x4000 ;;
done:
	mov r65 = r33
	mov r66 = r34
	mov r67 = r35
	EXIT
	.endp _start
