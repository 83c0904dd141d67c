// sys-a-rfi-ifs.s — rfi restoring a covered frame through cr.ifs.v
//
// An interruption leaves the interrupted frame current and cr.ifs.v = 0 (SDM Vol. 2 5.5).
// A handler that needs its own stacked registers does what an operating system does: cover
// (with psr.ic = 0 it writes cr.ifs = {v = 1, the interrupted CFM} and makes the frame part
// of the dirty partition, SDM Vol. 3 cover), alloc a frame of its own, use it, and rfi: with
// cr.ifs.v = 1, rfi drops the current frame and makes the frame cr.ifs describes current
// again, rotation bases included (SDM Vol. 3 rfi). The interrupted frame has rotating
// registers and rrb.gr/rrb.pr moved by a br.ctop, and the handler's frame overlaps its
// physical registers' positions beyond the covered ones. A second Break returns with
// cr.ifs.v = 0 (the handler does not cover): the frame stays as it is. The results are the
// interrupted frame's registers, cfm, ar.bsp before/after, and cr.ifs the handler saw.
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
	mov r16 = cr.iim ;;
	cmp.eq p6, p7 = 2, r16
(p6)	br.cond.spnt plain ;;
	// Break 1: cover, own frame, rfi through cr.ifs.v = 1.
	mov r17 = ar.bsp
	mov r18 = cr.ifs ;;		// 0: not covered yet
	cover ;;
	mov r19 = cr.ifs		// v = 1, the interrupted frame
	mov r20 = ar.bsp ;;
	alloc r21 = ar.pfs, 0, 6, 0, 0 ;;
	mov r32 = r17			// the handler's own registers
	mov r33 = r18
	mov r34 = r19
	mov r35 = r20
	mov r36 = 0x77
	mov r37 = 0x88 ;;
	mov r22 = ar.bsp ;;
	// Keep what the handler saw in the static registers of bank 0 (the main program reads
	// them after bsw.0).
	mov r24 = r32
	mov r25 = r33
	mov r26 = r34
	mov r27 = r35
	mov r28 = r22 ;;
	SKIP_RFI
plain:
	// Break 2: no cover, cr.ifs.v = 0 as the interruption left it.
	mov r29 = cr.ifs ;;
	adds r48 = 1, r48		// the interrupted frame is current
	SKIP_RFI

	ENTRY 0x8000
	.global _start
	.proc _start
_start:
	mov ar.rsc = 0 ;;
	movl r2 = 0x400000 ;;
	mov ar.bspstore = r2
	movl r2 = ivt ;;
	mov cr.iva = r2 ;;
	bsw.1 ;;
	alloc r2 = ar.pfs, 0, 40, 0, 16 ;;	// r32..r71, r32..r47 rotating
	mov r32 = 0x20
	mov r33 = 0x21
	mov r47 = 0x2f
	mov r48 = 0x30
	mov r70 = 0x46
	mov r71 = 0x47 ;;
	// One br.ctop iteration: rrb.gr and rrb.pr move by -1.
	mov ar.lc = 0
	mov ar.ec = 2 ;;
	mov pr.rot = 1 << 16 ;;
loop:
	br.ctop.sptk.few loop ;;
	mov r3 = ar.bsp
	COLLECT
	break.m 1 ;;
	mov r4 = ar.bsp
	break.m 2 ;;
	mov r49 = r32			// logical registers of the restored frame (rotated)
	mov r50 = r33
	mov r51 = r47
	mov r52 = r48
	mov r53 = r70
	mov r54 = r71
	mov r55 = r3
	mov r56 = r4 ;;
	mov r57 = pr ;;
	bsw.0 ;;
	mov r58 = r24			// ar.bsp at entry (handler)
	mov r59 = r25			// cr.ifs before cover
	mov r60 = r26			// cr.ifs after cover
	mov r61 = r27			// ar.bsp after cover
	mov r62 = r28			// ar.bsp in the handler's frame
	mov r63 = r29 ;;		// cr.ifs at break 2
	bsw.1 ;;
	rsm psr.ic ;;
	srlz.d
	movl r3 = done
	movl r5 = 1 << 13 | 1 << 44 ;;	// ic, bn: back to slot 0 with collection
	mov cr.iip = r3
	mov cr.ipsr = r5
	mov cr.ifs = r0 ;;
	rfi ;;
done:
	EXIT
	.endp _start
