// sys-a-epc-demotion.s — epc, ar.pfs.ppl, br.ret demotion and the Lower-Privilege Transfer trap
//
// br.call saves psr.cpl in ar.pfs.ppl; br.ret sets psr.cpl = ar.pfs.ppl when that is less
// privileged (a higher number) and never promotes (SDM Vol. 3 br: "if (PFS.ppl > PSR.cpl)
// PSR.cpl = PFS.ppl"); with psr.lp = 1 such a demoting return raises a Lower-Privilege
// Transfer trap (IVA+0x5e00, ISR.code bit 1, cr.iip = the return target, ISR.ei = the br.ret's
// slot; SDM Vol. 2 8.3). epc raises an Illegal Operation fault when ar.pfs.ppl < psr.cpl; with
// instruction translation off (psr.it = 0) it promotes to PL 0 (SDM Vol. 3 epc; Ski's epcEx).
// The program: at PL 3, epc with ppl = 2 (Illegal Operation), epc with ppl = 3 (to PL 0, then
// mov =psr does not fault); a call whose callee sets ppl = 3 returns at PL 3 (mov =psr
// faults); at PL 3 a callee setting ppl = 0 returns still at PL 3; with psr.lp = 1 a demoting
// return traps, and with psr.tb also 1 the call raises a Taken Branch trap (IVA+0x5f00) and
// the return the Lower-Privilege Transfer trap with ISR.code 6 (lp and tb). Handlers copy
// cr.isr, cr.iip (relative to _start) and cr.ipsr to r9–r11 (r13 for Taken Branch).
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
	ENTRY 0x5400
	mov r16 = cr.isr
	mov r17 = cr.iip
	mov r18 = cr.ipsr ;;
	mov r9 = r16
	sub r10 = r17, r12
	mov r11 = r18
	SKIP_RFI

	ENTRY 0x5e00
	// Lower-Privilege Transfer trap: cr.iip is the return target already.
	mov r16 = cr.isr
	mov r17 = cr.iip
	mov r18 = cr.ipsr ;;
	mov r9 = r16
	sub r10 = r17, r12
	mov r11 = r18 ;;
	rfi ;;

	ENTRY 0x5f00
	// Taken Branch trap: cr.iip is the target already.
	mov r16 = cr.isr ;;
	mov r13 = r16 ;;
	rfi ;;

	ENTRY 0x8000
	.global _start
	.proc _start
_start:
	alloc r2 = ar.pfs, 0, 40, 0, 0 ;;
	movl r2 = ivt ;;
	mov cr.iva = r2
	movl r12 = _start ;;
	bsw.1 ;;
	movl r3 = pl3
	movl r5 = (3 << 32) | (1 << 44) | (1 << 13) ;;	// cpl 3, bank 1, ic
	mov cr.iip = r3
	mov cr.ipsr = r5
	mov cr.ifs = r0 ;;
	rfi ;;
pl3:
	mov r3 = ar.pfs
	mov r9 = -1 ;;
	mov r40 = r3			// ar.pfs (ppl 0: set by nothing yet)
	movl r4 = 2 << 62 ;;
	or r3 = r3, r4 ;;
	mov ar.pfs = r3 ;;		// ppl 2 < cpl 3
	epc ;;				// Illegal Operation
	mov r41 = r9
	mov r42 = r10
	movl r4 = 3 << 62 ;;
	or r3 = r3, r4 ;;
	mov ar.pfs = r3 ;;		// ppl 3
	epc ;;				// psr.it = 0: to PL 0
	mov r9 = -1 ;;
	mov r43 = psr ;;		// no fault at PL 0
	mov r44 = r9
	// A call whose callee sets ppl = 3: the return demotes.
	br.call.sptk.many b0 = demote ;;
	mov r45 = ar.pfs
	mov r9 = -1 ;;
	mov r2 = psr ;;			// PL 3 again: Privileged Operation
	mov r46 = r9
	// At PL 3 a callee setting ppl = 0 does not promote.
	br.call.sptk.many b0 = promote ;;
	mov r9 = -1 ;;
	mov r2 = psr ;;			// still PL 3
	mov r47 = r9
	mov r3 = ar.pfs ;;
	dep r3 = -1, r3, 62, 2 ;;	// ppl 3 for epc
	mov ar.pfs = r3 ;;
	epc ;;
	// psr.lp = 1 (mov psr.l: ssm reaches bits 23:0 only): the demoting return traps.
	mov r3 = psr ;;
	dep r3 = -1, r3, 25, 1 ;;
	mov psr.l = r3 ;;
	srlz.d
	mov r9 = -1 ;;
	br.call.sptk.many b0 = demote ;;
	mov r48 = r9			// ISR.code 2, ei of the br.ret
	mov r49 = r10			// the return target
	mov r50 = r11			// ipsr: cpl 3, lp
	mov r3 = ar.pfs ;;
	dep r3 = -1, r3, 62, 2 ;;
	mov ar.pfs = r3 ;;
	epc ;;				// PL 0
	// psr.lp and psr.tb: the call raises a Taken Branch trap; the demoting return the
	// Lower-Privilege Transfer trap with ISR.code bits 1 and 2 (Ski's lowerPrivilegeTransferTrap).
	mov r3 = psr ;;
	dep r3 = -1, r3, 26, 1 ;;
	mov psr.l = r3 ;;
	srlz.d
	mov r9 = -1
	mov r13 = -1 ;;
	br.call.sptk.many b0 = demote ;;
	mov r51 = r13			// Taken Branch: ISR.code 4
	mov r52 = r9			// Lower-Privilege Transfer: ISR.code 6
	mov r53 = r10
	mov r3 = ar.pfs ;;
	dep r3 = -1, r3, 62, 2 ;;
	mov ar.pfs = r3 ;;
	epc ;;				// PL 0 (no branch: no trap)
	mov r3 = psr ;;
	dep r3 = 0, r3, 25, 2 ;;	// lp, tb off
	mov psr.l = r3 ;;
	srlz.d
	// A last rfi into slot 0 (PL 0, bank 1, psr.ic = 1).
	rsm psr.ic ;;
	srlz.d
	movl r3 = done
	movl r5 = (1 << 44) | (1 << 13) ;;
	mov cr.iip = r3
	mov cr.ipsr = r5
	mov cr.ifs = r0 ;;
	rfi ;;
done:
	EXIT

demote:
	mov r3 = ar.pfs ;;
	dep r3 = -1, r3, 62, 2 ;;	// ppl 3
	mov ar.pfs = r3 ;;
	br.ret.sptk.many b0 ;;
promote:
	mov r3 = ar.pfs ;;
	dep r3 = 0, r3, 62, 2 ;;	// ppl 0
	mov ar.pfs = r3 ;;
	br.ret.sptk.many b0 ;;
	.endp _start
