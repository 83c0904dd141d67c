// sys-vm-rse.s — the register stack engine through translation: psr.rt, spill and fill TLB
// misses (ISR.rs, ISR.ir), ar.rsc.pl
//
// SDM Vol. 2 Part I 6.5 (RSE and translation: psr.rt, ar.rsc.pl), 6.6 (RSE interruptions),
// 8.3 ISR.rs / ISR.ir, 5.6; Vol. 3 flushrs, loadrs, br.ret:
// - psr.rt = 1, the backing store in region 2, unmapped (walker off): flushrs in a nested call
//   spills, the first spill misses — Alternate Data TLB with ISR.rs and ISR.w, cr.ifa = the
//   spill address; the handler maps the page and returns to flushrs, which completes;
// - loadrs (ar.rsc.loadrs = 0) drops the spilled frames from the register file, ptc.l drops the
//   backing store's page, and br.ret needs the caller's frame back: the mandatory fill
//   misses — Alternate Data TLB with ISR.rs, ISR.r and ISR.ir (an incomplete frame) at the
//   return's target; the handler maps the page and returns, the fills complete and every
//   register of the frames comes back;
// - psr.rt = 0 with psr.dt = 1: the RSE spills to physical addresses no translation maps; the
//   values are read back through a translation of that memory;
// - psr.rt = 1 and ar.rsc.pl = 3: a spill to a pl 0 page raises Data Access Rights (ISR.rs,
//   ISR.w); the handler sets ar.rsc.pl = 0;
// - a break handler covers the interrupted frame (cover with psr.ic = 0 writes cr.ifs),
//   flushes and drops the register stack and purges the backing store's page; its rfi
//   restores the frame from cr.ifs, whose fill misses: Alternate Data TLB with ISR.rs, ISR.r
//   and ISR.ir at the instruction rfi returns to; then the frame's registers are all back.
// The handlers record in memory (vm.inc RECORD_MEM): the frame they interrupt may be
// incomplete; the program loads the records at the end.
//
// A system-mode test program (issue 4): its final state is compared, field by field, with
// the state Ski leaves it in (NAME.ski.json, tools/regen-ski-states.sh).
// ski-excluded: cr.ifa cr.itir -- Ski rewrites them on every instruction and data lookup while psr.ic is 1 (tlb.c dataLookup, instLookup); the handlers record them
// ski-excluded: cr.iipa -- not visible while psr.ic is 1 (SDM Vol. 2 3.3.5.6: accesses fault); Ski updates it after every instruction

	.explicit
	.include "system.inc"
	.include "vm.inc"
	RRVAL	RR0, 0x100, PS_16K, 0
	RRVAL	RR2, 0x302, PS_8K, 0
	RRVAL	RR4, 0x504, PS_8K, 0
	REGION2 = 2 << 61
	REGION4 = 4 << 61
	.text
	.align 32768
ivt:
	ENTRY 0x1000				// Alternate Data TLB: region 2 onto 0x440000
	RECORD_MEM
	movl r18 = 0x440000 | PTE_RWX0 ;;
	itc.d r18 ;;
	rfi ;;

	ENTRY 0x2c00				// break: cover, spill, drop, purge, return
	cover ;;				// cr.ifs = the interrupted frame
	flushrs ;;
	loadrs ;;
	movl r16 = REGION2 + 0x60000
	movl r17 = PS_8K << 2 ;;
	ptc.l r16, r17 ;;
	srlz.d ;;
	br.sptk.many skip ;;

	ENTRY 0x5300				// Data Access Rights: ar.rsc.pl = 0
	RECORD_MEM
	mov ar.rsc = r0 ;;
	rfi ;;

	ENTRY 0x8000
	.global _start
	.proc _start
_start:
	alloc r2 = ar.pfs, 0, 48, 0, 0 ;;
	mov ar.rsc = 0 ;;
	movl r2 = REGION2 + 0x40000 ;;
	mov ar.bspstore = r2
	movl r2 = ivt ;;
	mov cr.iva = r2 ;;
	bsw.1 ;;
	SET_RR	0, RR0
	SET_RR	2, RR2
	SET_RR	4, RR4
	movl r2 = LOG ;;
	st8 [r2] = r0
	IDENTITY_MAPS
	ITR	d, 2, REGION4, PS_64K, 0, 0x500000 | PTE_RWX0
	RFI_TO	virtual, PSR_VIRT
virtual:
	mov r32 = 32
	mov r33 = 33
	mov r79 = 79 ;;
	br.call.sptk.many b0 = call1 ;;		// flushrs spills, loadrs, fills miss
	mov r46 = r32
	mov r47 = r33
	mov r48 = r79
	mov r49 = ar.bsp
	mov r50 = ar.bspstore
	// psr.rt = 0: spills go to physical 0x500000
	rsm psr.ic ;;
	srlz.d ;;
	RFI_TO	physical_rse, PSR_VIRT & ~PSR_RT
physical_rse:
	mov ar.rsc = 0 ;;
	flushrs ;;
	movl r2 = 0x500000 ;;
	mov ar.bspstore = r2 ;;
	br.call.sptk.many b0 = call3 ;;
	movl r2 = REGION4 ;;			// the spilled r32 and r33 of this frame
	ld8 r51 = [r2], 8 ;;
	ld8 r52 = [r2] ;;
	// psr.rt = 1 and ar.rsc.pl = 3
	rsm psr.ic ;;
	srlz.d ;;
	RFI_TO	pl3_rse, PSR_VIRT
pl3_rse:
	flushrs ;;
	movl r2 = 0x420000 ;;
	mov ar.bspstore = r2
	mov r2 = 3 << 2 ;;
	mov ar.rsc = r2 ;;
	br.call.sptk.many b0 = call3 ;;		// Data Access Rights on the spill
	mov r53 = ar.rsc
	movl r2 = 0x420000 ;;
	ld8 r54 = [r2] ;;
	// rfi restores a frame whose registers are in the backing store only: its fill misses
	flushrs ;;
	movl r2 = REGION2 + 0x60000 ;;
	mov ar.bspstore = r2 ;;
	br.call.sptk.many b0 = call3 ;;		// the spill misses (psr.ic = 1)
	br.call.sptk.many b0 = call4 ;;
	mov r67 = r8
	// the records
	movl r2 = LOG ;;
	ld8 r55 = [r2], 8 ;;			// count
	ld8 r56 = [r2], 16 ;;			// ifa
	ld8 r57 = [r2], 8 ;;			// isr
	ld8 r58 = [r2], 24 ;;			// iip
	ld8 r59 = [r2], 16 ;;			// ifa
	ld8 r60 = [r2], 8 ;;			// isr
	ld8 r61 = [r2], 8 ;;			// iip
	ld8 r62 = [r2], 8 ;;			// ipsr
	ld8 r66 = [r2], 8 ;;			// iipa
	ld8 r63 = [r2], 16 ;;			// ifa
	ld8 r64 = [r2], 8 ;;			// isr
	ld8 r65 = [r2], 72 ;;			// iip
	ld8 r68 = [r2], 16 ;;			// the rfi's fill: ifa
	ld8 r69 = [r2], 8 ;;			// isr
	ld8 r70 = [r2] ;;			// iip
	RFI_SYNC PSR_VIRT
	EXIT
	.endp _start

	.proc call1
call1:
	alloc r40 = ar.pfs, 0, 16, 0, 0
	mov r41 = b0 ;;
	mov r32 = 102
	mov r47 = 107 ;;
	br.call.sptk.many b0 = call2 ;;
	mov r42 = r32
	mov r43 = r47
	mov ar.pfs = r40
	mov b0 = r41 ;;
	cmp.eq p6, p7 = 102, r42 ;;
(p7)	mov r79 = 0				// the caller checks r79
	cmp.eq p6, p7 = 107, r43 ;;
(p7)	mov r79 = 0
	br.ret.sptk.many b0 ;;
	.endp call1

	.proc call2
call2:
	alloc r40 = ar.pfs, 0, 16, 0, 0 ;;
	mov r32 = 112
	flushrs ;;				// the first spill misses
	loadrs ;;				// drops the stacked registers
	movl r2 = REGION2 + 0x40000
	movl r3 = PS_8K << 2 ;;
	ptc.l r2, r3 ;;				// and the backing store's translation
	srlz.d ;;
	mov ar.pfs = r40 ;;
	br.ret.sptk.many b0 ;;			// the fill misses
	.endp call2

	.proc call4
call4:
	alloc r40 = ar.pfs, 0, 16, 0, 0
	mov r41 = b0
	mov r32 = 1000
	mov r47 = 2000 ;;
	break.m 0x77 ;;				// the handler covers this frame and drops it
	add r8 = r32, r47
	mov ar.pfs = r40
	mov b0 = r41 ;;
	br.ret.sptk.many b0 ;;
	.endp call4

	.org ivt + 0x9000
	.proc skip
skip:
	SKIP_RFI
	.endp skip

	.proc call3
call3:
	alloc r40 = ar.pfs, 0, 16, 0, 0 ;;
	flushrs ;;
	mov ar.pfs = r40 ;;
	br.ret.sptk.many b0 ;;
	.endp call3
