// sys-int-priority.s — the external interrupt controller's priority order, in-service masking
// and eoi order, read through cr.ivr with psr.i = 0
//
// Ski's firmware pends vectors on request (interrupts.inc: SSC CONNECT/GENERATE_INTERRUPT), so
// every step is deterministic. With nothing pending cr.ivr reads 15 (spurious); vectors 1, 5
// and 15 are ignored (not pended: SDM Vol. 2 5.8.1 reserves 1 and 3-15); 0x20, 0x35, 0x80,
// 0xf0, NMI (2) and ExtINT (0) pend as bits of cr.irr0-3 (5.8.3.5). cr.ivr then returns them
// highest priority first — NMI, ExtINT, then the vectored ones by number (5.8.1) — and each
// read acknowledges: the vector leaves cr.irr and goes in service, masking every vector of
// equal or lower priority until an eoi (5.8.3.2), so a second read gives 15. An eoi ends the
// highest vector in service, not the last acknowledged one (5.8.3.4): with 0x35 and then 0x80
// in service, after one eoi a pending 0x20 (below 0x35) stays masked while a re-pended 0x35
// stays masked too; after the next eoi it is acknowledged. A vector re-pended while in service
// is masked by itself until its eoi. An eoi with nothing in service changes nothing.
//
// A system-mode test program (issue 4): its final state is compared, field by field, with
// the state Ski leaves it in (NAME.ski.json, tools/regen-ski-states.sh).

	.explicit
	.include "system.inc"
	.include "interrupts.inc"
	.text
	.align 32768
ivt:
	ENTRY 0x8000
	.global _start
	.proc _start
_start:
	alloc r2 = ar.pfs, 0, 40, 0, 0 ;;
	movl r2 = ivt ;;
	mov cr.iva = r2 ;;
	CONNECT 1, 0x20
	CONNECT 2, 0x35
	CONNECT 4, 0x80
	CONNECT 5, 0xf0
	CONNECT 6, 2
	CONNECT 7, 0
	CONNECT 8, 5
	CONNECT 9, 1
	CONNECT 10, 15
	IVR r40				// 15: nothing pending
	GENERATE 8
	GENERATE 9
	GENERATE 10
	mov r41 = cr.irr0 ;;		// 0: vectors 1, 5, 15 ignored
	GENERATE 1
	GENERATE 2
	GENERATE 4
	GENERATE 5
	GENERATE 6
	GENERATE 7
	READ_IRR r42, r43, r44, r45
	IVR r46				// 2: NMI first
	IVR r47				// 15: NMI in service masks the rest
	mov r48 = cr.irr0 ;;		// bit 2 gone
	EOI
	IVR r49				// 0: ExtINT above the vectored ones
	IVR r50				// 15
	EOI
	IVR r51				// 0xf0
	IVR r52				// 15: 0x80 is below 0xf0 in service
	EOI
	IVR r53				// 0x80, left in service
	GENERATE 4
	IVR r54				// 15: 0x80 pending again, masked by itself in service
	mov r55 = cr.irr2 ;;		// bit 0: 0x80 pending
	EOI
	IVR r56				// 0x80 again
	EOI
	IVR r57				// 0x35, left in service
	GENERATE 4
	IVR r58				// 0x80: above 0x35 in service, both in service now
	EOI				// ends 0x80, the highest in service
	IVR r59				// 15: 0x20 pending, masked by 0x35 still in service
	GENERATE 2
	IVR r60				// 15: 0x35 re-pended, masked by itself
	EOI				// ends 0x35
	IVR r61				// 0x35
	EOI
	IVR r62				// 0x20
	EOI
	IVR r63				// 15: nothing left
	EOI				// nothing in service: no effect
	IVR r64				// 15
	READ_IRR r65, r66, r67, r68
	mov r8 = 0 ;;
	EXIT
	.endp _start
