// finding: F2-teardown-in-let-else
// seed: 1000252
// expect `drain` => s4 b3=23 w16- j16 w15- w17- j17 item 18 w21- w22- w20- j20 item 23 t14 t14. t5 t5. t1 t1. end
// expect `take 0 close` => close
// expect `take 0 cancel` => cancel
// expect `take 0 mid 1 close` => s4 b3=23 gaveup w16- j16 w15- w17- j17 t14 t14. t5 t5. t1 t1. close
// expect `take 0 mid 1 cancel` => s4 b3=23 gaveup w15x w16x w17x t14 t14. t5 t5. t1 t1. cancel
// expect `take 0 mid 2 close` => s4 b3=23 w16- j16 gaveup w15- w17- j17 t14 t14. t5 t5. t1 t1. close
// expect `take 0 mid 2 cancel` => s4 b3=23 w16- j16 gaveup w15x w17x t14 t14. t5 t5. t1 t1. cancel
// expect `take 0 mid 3 close` => s4 b3=23 w16- j16 w15- gaveup w17- j17 t14 t14. t5 t5. t1 t1. close
// expect `take 0 mid 3 cancel` => s4 b3=23 w16- j16 w15- gaveup w17x t14 t14. t5 t5. t1 t1. cancel
// expect `take 1 close` => s4 b3=23 w16- j16 w15- w17- j17 item 18 t14 t14. t5 t5. t1 t1. close
// expect `take 1 cancel` => s4 b3=23 w16- j16 w15- w17- j17 item 18 t14 t14. t5 t5. t1 t1. cancel
// expect `take 1 mid 1 close` => s4 b3=23 w16- j16 w15- w17- j17 item 18 gaveup w21- w22- w20- j20 t14 t14. t5 t5. t1 t1. close
// expect `take 1 mid 1 cancel` => s4 b3=23 w16- j16 w15- w17- j17 item 18 gaveup w20x w21x w22x t14 t14. t5 t5. t1 t1. cancel
// expect `take 1 mid 2 close` => s4 b3=23 w16- j16 w15- w17- j17 item 18 w21- gaveup w22- w20- j20 t14 t14. t5 t5. t1 t1. close
// expect `take 1 mid 2 cancel` => s4 b3=23 w16- j16 w15- w17- j17 item 18 w21- gaveup w20x w22x t14 t14. t5 t5. t1 t1. cancel
// expect `take 1 mid 3 close` => s4 b3=23 w16- j16 w15- w17- j17 item 18 w21- w22- gaveup w20- j20 t14 t14. t5 t5. t1 t1. close
// expect `take 1 mid 3 cancel` => s4 b3=23 w16- j16 w15- w17- j17 item 18 w21- w22- gaveup w20x t14 t14. t5 t5. t1 t1. cancel
// expect `take 2 close` => s4 b3=23 w16- j16 w15- w17- j17 item 18 w21- w22- w20- j20 item 23 t14 t14. t5 t5. t1 t1. close
// expect `take 2 cancel` => s4 b3=23 w16- j16 w15- w17- j17 item 18 w21- w22- w20- j20 item 23 t14 t14. t5 t5. t1 t1. cancel
// expect `take 2 mid 1 close` => s4 b3=23 w16- j16 w15- w17- j17 item 18 w21- w22- w20- j20 item 23 t14 t14. t5 t5. t1 t1. end close
// expect `take 2 mid 1 cancel` => s4 b3=23 w16- j16 w15- w17- j17 item 18 w21- w22- w20- j20 item 23 t14 t14. t5 t5. t1 t1. end cancel
// expect `take 2 mid 2 close` => s4 b3=23 w16- j16 w15- w17- j17 item 18 w21- w22- w20- j20 item 23 t14 t14. t5 t5. t1 t1. end close
// expect `take 2 mid 2 cancel` => s4 b3=23 w16- j16 w15- w17- j17 item 18 w21- w22- w20- j20 item 23 t14 t14. t5 t5. t1 t1. end cancel
// expect `take 2 mid 3 close` => s4 b3=23 w16- j16 w15- w17- j17 item 18 w21- w22- w20- j20 item 23 t14 t14. t5 t5. t1 t1. end close
// expect `take 2 mid 3 cancel` => s4 b3=23 w16- j16 w15- w17- j17 item 18 w21- w22- w20- j20 item 23 t14 t14. t5 t5. t1 t1. end cancel
// expect `take 6 mid 5 cancel` => s4 b3=23 w16- j16 w15- w17- j17 item 18 w21- w22- w20- j20 item 23 t14 t14. t5 t5. t1 t1. end cancel
// expect `take 8 mid 5 cancel` => s4 b3=23 w16- j16 w15- w17- j17 item 18 w21- w22- w20- j20 item 23 t14 t14. t5 t5. t1 t1. end cancel
// expect `take 7 cancel` => s4 b3=23 w16- j16 w15- w17- j17 item 18 w21- w22- w20- j20 item 23 t14 t14. t5 t5. t1 t1. end cancel
// expect `take 3 mid 5 cancel` => s4 b3=23 w16- j16 w15- w17- j17 item 18 w21- w22- w20- j20 item 23 t14 t14. t5 t5. t1 t1. end cancel
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
            tokio::join!(W::new(&ctx, 15, 2), async { W::new(&ctx, 16, 1).await; ctx.log("j16"); }, async { W::new(&ctx, 17, 3).await; ctx.log("j17"); });
            yield_!(18);
            let mut c19 = 0;
            loop {
                c19 += 1;
                if c19 > 1 { break; }
                tokio::join!(async { W::new(&ctx, 20, 3).await; ctx.log("j20"); }, W::new(&ctx, 21, 1), W::new(&ctx, 22, 2));
                yield_!(23);
            }
            return;
        }
        let mut c24 = 0;
        'l24: loop {
            c24 += 1;
            if c24 > 1 { break; }
            yield_!(25);
            teardown! {
                ctx.log("t26");
                ctx.log("t26.");
            }
            'l27: {
                yield_!(28);
                teardown! {
                    ctx.log("t29");
                    W::new(&ctx, 30, 1).await;
                    ctx.log("t29.");
                }
                ctx.log("s31");
            }
            continue 'l24;
        }
        break 'l2;
    }
}
