// finding: F2-teardown-in-let-else
// seed: 1000252
// expect `drain` => s4 b3=23 w15- w16x w20- w19- j19 w18- item 21 item 23 t14 t14. s25 t24 t24. t5 t5. t1 t1. end
// expect `take 0 close` => close
// expect `take 0 cancel` => cancel
// expect `take 0 mid 1 close` => s4 b3=23 gaveup w15- w16x w20- w19- j19 w18- t14 t14. t5 t5. t1 t1. close
// expect `take 0 mid 1 cancel` => s4 b3=23 gaveup w15x w16x t14 t14. t5 t5. t1 t1. cancel
// expect `take 0 mid 2 close` => s4 b3=23 gaveup w15- w16x w20- w19- j19 w18- t14 t14. t5 t5. t1 t1. close
// expect `take 0 mid 2 cancel` => s4 b3=23 gaveup w15x w16x t14 t14. t5 t5. t1 t1. cancel
// expect `take 0 mid 3 close` => s4 b3=23 w15- w16x gaveup w20- w19- j19 w18- t14 t14. t5 t5. t1 t1. close
// expect `take 0 mid 3 cancel` => s4 b3=23 w15- w16x gaveup w18x w19x w20x t14 t14. t5 t5. t1 t1. cancel
// expect `take 1 close` => s4 b3=23 w15- w16x w20- w19- j19 w18- item 21 t14 t14. t5 t5. t1 t1. close
// expect `take 1 cancel` => s4 b3=23 w15- w16x w20- w19- j19 w18- item 21 t14 t14. t5 t5. t1 t1. cancel
// expect `take 1 mid 1 close` => s4 b3=23 w15- w16x w20- w19- j19 w18- item 21 item 23 t14 t14. t5 t5. t1 t1. close
// expect `take 1 mid 1 cancel` => s4 b3=23 w15- w16x w20- w19- j19 w18- item 21 item 23 t14 t14. t5 t5. t1 t1. cancel
// expect `take 1 mid 2 close` => s4 b3=23 w15- w16x w20- w19- j19 w18- item 21 item 23 t14 t14. t5 t5. t1 t1. close
// expect `take 1 mid 2 cancel` => s4 b3=23 w15- w16x w20- w19- j19 w18- item 21 item 23 t14 t14. t5 t5. t1 t1. cancel
// expect `take 1 mid 3 close` => s4 b3=23 w15- w16x w20- w19- j19 w18- item 21 item 23 t14 t14. t5 t5. t1 t1. close
// expect `take 1 mid 3 cancel` => s4 b3=23 w15- w16x w20- w19- j19 w18- item 21 item 23 t14 t14. t5 t5. t1 t1. cancel
// expect `take 2 close` => s4 b3=23 w15- w16x w20- w19- j19 w18- item 21 item 23 t14 t14. t5 t5. t1 t1. close
// expect `take 2 cancel` => s4 b3=23 w15- w16x w20- w19- j19 w18- item 21 item 23 t14 t14. t5 t5. t1 t1. cancel
// expect `take 2 mid 1 close` => s4 b3=23 w15- w16x w20- w19- j19 w18- item 21 item 23 t14 t14. s25 t24 t24. t5 t5. t1 t1. end close
// expect `take 2 mid 1 cancel` => s4 b3=23 w15- w16x w20- w19- j19 w18- item 21 item 23 t14 t14. s25 t24 t24. t5 t5. t1 t1. end cancel
// expect `take 2 mid 2 close` => s4 b3=23 w15- w16x w20- w19- j19 w18- item 21 item 23 t14 t14. s25 t24 t24. t5 t5. t1 t1. end close
// expect `take 2 mid 2 cancel` => s4 b3=23 w15- w16x w20- w19- j19 w18- item 21 item 23 t14 t14. s25 t24 t24. t5 t5. t1 t1. end cancel
// expect `take 2 mid 3 close` => s4 b3=23 w15- w16x w20- w19- j19 w18- item 21 item 23 t14 t14. s25 t24 t24. t5 t5. t1 t1. end close
// expect `take 2 mid 3 cancel` => s4 b3=23 w15- w16x w20- w19- j19 w18- item 21 item 23 t14 t14. s25 t24 t24. t5 t5. t1 t1. end cancel
// expect `take 6 mid 5 cancel` => s4 b3=23 w15- w16x w20- w19- j19 w18- item 21 item 23 t14 t14. s25 t24 t24. t5 t5. t1 t1. end cancel
// expect `take 8 mid 5 cancel` => s4 b3=23 w15- w16x w20- w19- j19 w18- item 21 item 23 t14 t14. s25 t24 t24. t5 t5. t1 t1. end cancel
// expect `take 7 cancel` => s4 b3=23 w15- w16x w20- w19- j19 w18- item 21 item 23 t14 t14. s25 t24 t24. t5 t5. t1 t1. end cancel
// expect `take 3 mid 5 cancel` => s4 b3=23 w15- w16x w20- w19- j19 w18- item 21 item 23 t14 t14. s25 t24 t24. t5 t5. t1 t1. end cancel
#[managed_stream]
pub async fn body(ctx: Ctx) -> u32 {
    teardown! {
        ctx.log("t1");
        ctx.log("t1.");
    }
    'l2: {
        let b3: u32 = 'l3: {
            ctx.log("s4");
            23
        };
        ctx.log(format!("b3={b3}"));
        teardown! {
            ctx.log("t5");
            ctx.log("t5.");
        }
        if ctx.ch(6, 0b0, 2) {
            let Some(v7) = ctx.opt(7, 0b1, 2) else {
                teardown! {
                    ctx.log("t8");
                    W::new(&ctx, 9, 2).await;
                    ctx.log("t8.");
                }
                W::new(&ctx, 10, 0).await;
                yield_!(11);
                W::new(&ctx, 12, 0).await;
                break 'l2;
            };
            ctx.log(format!("L{v7}"));
            ctx.log("s13");
        } else {
            teardown! {
                ctx.log("t14");
                ctx.log("t14.");
            }
            let _ = tokio::try_join!(W::new(&ctx, 15, 2).fail(15), async { W::new(&ctx, 16, 3).await; ctx.log("j16"); Ok::<(), u32>(()) });
            let mut c17 = 0;
            loop {
                c17 += 1;
                if c17 > 1 { break; }
                tokio::join!(W::new(&ctx, 18, 3), async { W::new(&ctx, 19, 2).await; ctx.log("j19"); }, W::new(&ctx, 20, 1));
                yield_!(21);
            }
            'l22: {
                yield_!(23);
            }
        }
        teardown! {
            ctx.log("t24");
            ctx.log("t24.");
        }
        ctx.log("s25");
        return;
    }
    let Some(v26) = ctx.opt(26, 0b0, 1) else {
        yield_!(27);
        return;
    };
    ctx.log(format!("L{v26}"));
}
