// sys-vm-identity.s — identity translation registers, then code, data and the RSE translated
//
// Region registers are written (rid, ps, ve) and read back with mov rr; itr.i/itr.d map the
// text, data and backing store one to one (vm.inc IDENTITY_MAPS) plus a data alias (virtual
// 0x4000000 -> physical 0x210000, 64 KiB); an rfi from physical mode turns psr.it, psr.dt and
// psr.rt on. Translated, the program stores and loads through the identity and alias maps,
// reads psr, asks tpa and tak, calls a function that flushes the register stack into the
// mapped backing store (psr.rt) and reads a spilled register back (SDM Vol. 2 Part I 4.1,
// 4.1.1.1 translation registers, 4.1.2 region registers, 6.5 the RSE and translation).
//
// A system-mode test program (issue 4): its final state is compared, field by field, with
// the state Ski leaves it in (NAME.ski.json, tools/regen-ski-states.sh).
// ski-excluded: cr.ifa cr.itir -- Ski rewrites them on every instruction and data lookup while psr.ic is 1 (tlb.c dataLookup, instLookup); no fault here defines them
// ski-excluded: cr.iipa -- not visible while psr.ic is 1 (SDM Vol. 2 3.3.5.6: accesses fault) and no interruption wrote it; Ski updates it after every instruction

	.explicit
	.include "system.inc"
	.include "vm.inc"
	RRVAL	RR0, 0x100, PS_16K, 0
	RRVAL	RR1, 0x201, PS_64K, 1
	RRVAL	RR7, 0xabcdef, PS_256M, 0
	.text
	.align 32768
ivt:
	ENTRY 0x8000
	.global _start
	.proc _start
_start:
	alloc r2 = ar.pfs, 0, 24, 0, 0 ;;
	mov ar.rsc = 0 ;;
	movl r2 = 0x400000 ;;
	mov ar.bspstore = r2
	movl r2 = ivt ;;
	mov cr.iva = r2 ;;
	bsw.1 ;;
	SET_RR	0, RR0
	SET_RR	1, RR1
	SET_RR	7, RR7
	movl r2 = 0 ;;
	mov r33 = rr[r2]
	movl r2 = 1 << 61 ;;
	mov r34 = rr[r2]
	movl r2 = 7 << 61 ;;
	mov r35 = rr[r2]
	IDENTITY_MAPS
	ITR	d, 2, 0x4000000, PS_64K, 0x55, 0x210000 | PTE_RWX0
	RFI_TO	virtual, PSR_VIRT
virtual:
	mov r36 = psr
	movl r2 = 0x200000
	movl r3 = 0x1122334455667788 ;;
	st8 [r2] = r3
	movl r4 = 0x210040
	movl r5 = 0x4000040 ;;
	st8 [r4] = r3
	adds r3 = 1, r3 ;;
	st8 [r5] = r3, 8 ;;		// the alias names the same physical doubleword
	st8 [r5] = r2 ;;
	ld8 r37 = [r2]
	ld8 r38 = [r4], 8 ;;
	ld8 r39 = [r4]
	movl r6 = 0x4001234 ;;
	tpa r40 = r6
	tak r41 = r6
	tak r42 = r2
	movl r6 = 0x2fffff ;;
	tpa r43 = r6
	mov r44 = ar.bsp
	br.call.sptk.many b0 = spill ;;
	mov r45 = ar.bspstore
	movl r2 = 0x400008 ;;
	ld8 r46 = [r2], 8 ;;
	ld8 r47 = [r2], 8 ;;
	ld8 r48 = [r2] ;;
	EXIT
	.endp _start

	.proc spill
spill:
	alloc r2 = ar.pfs, 0, 4, 0, 0 ;;
	flushrs ;;
	br.ret.sptk.many b0 ;;
	.endp spill
