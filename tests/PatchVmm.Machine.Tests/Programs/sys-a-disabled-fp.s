// sys-a-disabled-fp.s — Disabled Floating-Point Register faults (psr.dfl, psr.dfh)
//
// psr.dfl disables f2–f31 and psr.dfh f32–f127 (SDM Vol. 2 3.3.2): an instruction that
// reads or writes a register of a disabled partition raises a Disabled Floating-Point
// Register fault (IVA+0x5500) whose ISR.code has bit 0 when it used the low partition and
// bit 1 when it used the high one, both only for partitions that are disabled (Vol. 2 8.3
// Disabled FP-Register vector); for an FP load or store ISR.r or ISR.w (and ISR.sp) tell
// the reference (SDM Vol. 3 ldf, stf: disabled_fp_register_fault(code, itype)). f0 and f1
// are in neither partition. Covered: ldf8, ldf8.s (ISR.sp), ldfp8, ldfd, stf8, setf.sig,
// getf.sig, fmerge.s (low, high, both, and f1 only), mov f= (fmerge.s), with dfl, dfh and
// both set through ssm, and again after rsm (no fault). The handler copies cr.isr to r33,
// counts in r35 and returns past the instruction.
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
	ENTRY 0x5500
	mov r16 = cr.isr ;;
	mov r33 = r16
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
	movl r2 = 0x200000 ;;
	movl r3 = 0x1122334455667788 ;;
	st8 [r2] = r3
	setf.sig f10 = r3
	setf.sig f40 = r3 ;;
	COLLECT
	ssm 0x40000 ;;			// dfl
	srlz.d ;;
	mov r33 = -1 ;;
	ldf8 f2 = [r2] ;;
	mov r40 = r33
	mov r33 = -1 ;;
	ldf8 f32 = [r2] ;;
	mov r41 = r33
	mov r33 = -1 ;;
	ldf8.s f3 = [r2] ;;
	mov r42 = r33
	mov r33 = -1 ;;
	ldfp8 f4, f5 = [r2] ;;
	mov r43 = r33
	mov r33 = -1 ;;
	stf8 [r2] = f10 ;;
	mov r44 = r33
	mov r33 = -1 ;;
	getf.sig r4 = f10 ;;
	mov r45 = r33
	mov r33 = -1 ;;
	getf.sig r5 = f40 ;;
	mov r46 = r33
	mov r33 = -1 ;;
	fmerge.s f6 = f33, f34 ;;
	mov r47 = r33
	mov r33 = -1 ;;
	fmerge.s f33 = f1, f40 ;;
	mov r48 = r33
	mov r33 = -1 ;;
	mov f7 = f1 ;;
	mov r49 = r33
	rsm 0x40000 ;;
	ssm 0x80000 ;;			// dfh
	srlz.d ;;
	mov r33 = -1 ;;
	setf.sig f41 = r3 ;;
	mov r50 = r33
	mov r33 = -1 ;;
	ldfd f3 = [r2] ;;
	mov r51 = r33
	mov r33 = -1 ;;
	stf8 [r2] = f40 ;;
	mov r52 = r33
	mov r33 = -1 ;;
	fmerge.s f6 = f33, f34 ;;
	mov r53 = r33
	mov r33 = -1 ;;
	fmerge.s f8 = f10, f127 ;;
	mov r54 = r33
	ssm 0xc0000 ;;			// dfl and dfh
	srlz.d ;;
	mov r33 = -1 ;;
	fmerge.s f6 = f33, f34 ;;
	mov r55 = r33
	mov r33 = -1 ;;
	fmerge.s f9 = f10, f40 ;;
	mov r56 = r33
	mov r33 = -1 ;;
	getf.sig r6 = f1 ;;
	mov r57 = r33
	rsm 0xc0000 ;;			// none
	srlz.d ;;
	mov r33 = -1 ;;
	fmerge.s f11 = f10, f40 ;;
	mov r58 = r33
	mov r33 = -1 ;;
	getf.sig r7 = f40 ;;
	mov r59 = r33
	mov r60 = r35
	mov r61 = r4
	mov r62 = r5
	mov r63 = r6
	mov r64 = r7
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
