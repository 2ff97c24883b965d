// finding: F2-teardown-in-let-else
// seed: 1000101
// expect `drain` => item 2 item 5 item 5 s6 w7- L8 b3=8 w15- w13- j13 w14- item 16 b1=23 w25- w20x item 26 s30 end
// expect `take 0 close` => close
// expect `take 0 cancel` => cancel
// expect `take 0 mid 1 close` => item 2 close
// expect `take 0 mid 1 cancel` => item 2 cancel
// expect `take 0 mid 2 close` => item 2 close
// expect `take 0 mid 2 cancel` => item 2 cancel
// expect `take 0 mid 3 close` => item 2 close
// expect `take 0 mid 3 cancel` => item 2 cancel
// expect `take 1 close` => item 2 close
// expect `take 1 cancel` => item 2 cancel
// expect `take 1 mid 1 close` => item 2 item 5 close
// expect `take 1 mid 1 cancel` => item 2 item 5 cancel
// expect `take 1 mid 2 close` => item 2 item 5 close
// expect `take 1 mid 2 cancel` => item 2 item 5 cancel
// expect `take 1 mid 3 close` => item 2 item 5 close
// expect `take 1 mid 3 cancel` => item 2 item 5 cancel
// expect `take 2 close` => item 2 item 5 close
// expect `take 2 cancel` => item 2 item 5 cancel
// expect `take 2 mid 1 close` => item 2 item 5 item 5 close
// expect `take 2 mid 1 cancel` => item 2 item 5 item 5 cancel
// expect `take 2 mid 2 close` => item 2 item 5 item 5 close
// expect `take 2 mid 2 cancel` => item 2 item 5 item 5 cancel
// expect `take 2 mid 3 close` => item 2 item 5 item 5 close
// expect `take 2 mid 3 cancel` => item 2 item 5 item 5 cancel
// expect `take 5 mid 2 close` => item 2 item 5 item 5 s6 w7- L8 b3=8 w15- w13- j13 w14- item 16 b1=23 w25- w20x item 26 s30 end close
// expect `take 3 cancel` => item 2 item 5 item 5 cancel
// expect `take 4 mid 1 cancel` => item 2 item 5 item 5 s6 w7- L8 b3=8 w15- w13- j13 w14- item 16 b1=23 gaveup w20x w25x cancel
// expect `take 6 close` => item 2 item 5 item 5 s6 w7- L8 b3=8 w15- w13- j13 w14- item 16 b1=23 w25- w20x item 26 s30 end close
#[managed_stream]
pub async fn body(ctx: Ctx) -> u32 {
    let b1: u32 = 'l1: {
        yield_!(2);
        let b3: u32 = 'l3: {
            'l4: for _ in 0..2 {
                yield_!(5);
            }
            ctx.log("s6");
            W::new(&ctx, 7, 2).await;
            let Some(v8) = ctx.opt(8, 0b11, 3) else {
                yield_!(9);
                teardown! {
                    ctx.log("t10");
                    ctx.log("t10.");
                }
                yield_!(11);
                break 'l3 49;
            };
            ctx.log(format!("L{v8}"));
            8
        };
        ctx.log(format!("b3={b3}"));
        let Some(v12) = ctx.opt(12, 0b0, 2) else {
            futures::join!(async { W::new(&ctx, 13, 1).await; ctx.log("j13"); }, W::new(&ctx, 14, 3), W::new(&ctx, 15, 0));
            yield_!(16);
            break 'l1 23;
        };
        ctx.log(format!("L{v12}"));
        teardown! {
            ctx.log("t17");
            ctx.log("t17.");
        }
        ctx.log("s18");
        46
    };
    ctx.log(format!("b1={b1}"));
    let mut c19 = 0;
    'l19: while c19 < 2 {
        c19 += 1;
        futures::select! {
            _ = W::new(&ctx, 20, 3).fuse() => {
                yield_!(21);
                match ctx.pick(22, 0, 2) {
                    0 => {
                        yield_!(23);
                    }
                    _ => {
                        W::new(&ctx, 24, 1).await;
                        continue 'l19;
                    }
                }
            }
            _ = W::new(&ctx, 25, 1).fuse() => {
                yield_!(26);
                let mut c27 = 0;
                'l27: loop {
                    c27 += 1;
                    if c27 > 0 { break; }
                    W::new(&ctx, 28, 1).await;
                }
                {
                    ctx.log("s30");
                }
                return;
            }
        }
    }
}
