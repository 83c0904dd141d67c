// sys-vm-modes.s — psr.dt and psr.it switched while running: data and code through a
// non-identity mapping, then physically, and back
//
// dtr 2 maps virtual 0x210000 onto physical 0x220000 and itr 1 maps virtual 0x110000 onto
// physical 0x120000 (16 KiB each), so the same address names different memory with and
// without translation (SDM Vol. 2 Part I 3.3.2 psr.dt, psr.it; 4.1 "when PSR.dt is 0 data
// addresses are physical"; rsm/ssm change psr.dt, serialized by srlz.d; psr.it changes with
// rfi). The program loads from 0x210000 and calls code at 0x110000 with translation on,
// then with psr.dt off (rsm), on again (ssm), then with psr.it and psr.dt off (rfi), then on
// again (rfi): each load and call shows which memory it reached.
//
// A system-mode test program (issue 4): its final state is compared, field by field, with
// the state Ski leaves it in (NAME.ski.json, tools/regen-ski-states.sh).
// ski-excluded: cr.ifa cr.itir -- Ski rewrites them on every instruction and data lookup while psr.ic is 1 (tlb.c dataLookup, instLookup); no fault here defines them
// ski-excluded: cr.iipa -- not visible while psr.ic is 1 (SDM Vol. 2 3.3.5.6: accesses fault); Ski updates it after every instruction

	.explicit
	.include "system.inc"
	.include "vm.inc"
	RRVAL	RR0, 0x100, PS_16K, 0
	.text
	.align 32768
ivt:
	ENTRY 0x8000
	.global _start
	.proc _start
_start:
	alloc r2 = ar.pfs, 0, 48, 0, 0 ;;
	movl r2 = ivt ;;
	mov cr.iva = r2 ;;
	bsw.1 ;;
	SET_RR	0, RR0
	movl r2 = 0x210000
	mov r3 = 0x21 ;;
	st8 [r2] = r3				// physical 0x210000
	movl r2 = 0x220000
	mov r3 = 0x22 ;;
	st8 [r2] = r3				// physical 0x220000
	ITR	i, 0, 0x100000, PS_64K, 0, 0x100000 | PTE_RWX0
	ITR	i, 1, 0x110000, PS_16K, 0, 0x120000 | PTE_RWX0
	ITR	d, 0, 0x200000, PS_64K, 0, 0x200000 | PTE_RWX0
	ITR	d, 2, 0x210000, PS_16K, 0, 0x220000 | PTE_RWX0
	RFI_TO	virtual, PSR_VIRT
virtual:
	movl r2 = 0x210000
	movl r4 = 0x110000 ;;
	mov b6 = r4
	ld8 r33 = [r2]				// 0x22
	br.call.sptk.many b0 = b6 ;;		// code at 0x120000
	mov r34 = r8
	rsm psr.dt ;;
	srlz.d ;;
	ld8 r35 = [r2]				// 0x21
	br.call.sptk.many b0 = b6 ;;		// still translated code
	mov r36 = r8
	ssm psr.dt ;;
	srlz.d ;;
	ld8 r37 = [r2]				// 0x22
	mov r38 = psr
	rsm psr.ic ;;
	srlz.d ;;
	RFI_TO	physical, PSR_IC | PSR_BN
physical:
	movl r2 = 0x210000
	movl r4 = 0x110000 ;;
	mov b6 = r4
	ld8 r39 = [r2]				// 0x21
	br.call.sptk.many b0 = b6 ;;		// code at 0x110000
	mov r40 = r8
	mov r41 = psr
	rsm psr.ic ;;
	srlz.d ;;
	RFI_TO	virtual2, PSR_VIRT
virtual2:
	movl r2 = 0x210000
	movl r4 = 0x110000 ;;
	mov b6 = r4
	ld8 r42 = [r2]				// 0x22
	br.call.sptk.many b0 = b6 ;;		// code at 0x120000
	mov r43 = r8
	EXIT
	.endp _start

	.org ivt + 0x10000			// physical 0x110000
	.proc code_a
code_a:
	mov r8 = 0xa
	br.ret.sptk.many b0 ;;
	.endp code_a

	.org ivt + 0x20000			// physical 0x120000
	.proc code_b
code_b:
	mov r8 = 0xb
	br.ret.sptk.many b0 ;;
	.endp code_b
