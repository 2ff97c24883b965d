// finding: F3-teardown-in-diverging-arm
// seed: 1000237
// expect `drain` => t2 t2. t2 t2. t2 t2. t21 t21. end
// expect `take 0 close` => close=Ok
// expect `take 0 cancel` => cancel=Ok
// expect `take 0 mid 1 close` => t2 t2. t2 t2. t2 t2. t21 t21. end close=Ok
// expect `take 0 mid 1 cancel` => t2 t2. t2 t2. t2 t2. t21 t21. end cancel=Ok
// expect `take 0 mid 2 close` => t2 t2. t2 t2. t2 t2. t21 t21. end close=Ok
// expect `take 0 mid 2 cancel` => t2 t2. t2 t2. t2 t2. t21 t21. end cancel=Ok
// expect `take 0 mid 3 close` => t2 t2. t2 t2. t2 t2. t21 t21. end close=Ok
// expect `take 0 mid 3 cancel` => t2 t2. t2 t2. t2 t2. t21 t21. end cancel=Ok
// expect `take 1 close` => t2 t2. t2 t2. t2 t2. t21 t21. end close=Ok
// expect `take 1 cancel` => t2 t2. t2 t2. t2 t2. t21 t21. end cancel=Ok
// expect `take 1 mid 1 close` => t2 t2. t2 t2. t2 t2. t21 t21. end close=Ok
// expect `take 1 mid 1 cancel` => t2 t2. t2 t2. t2 t2. t21 t21. end cancel=Ok
// expect `take 1 mid 2 close` => t2 t2. t2 t2. t2 t2. t21 t21. end close=Ok
// expect `take 1 mid 2 cancel` => t2 t2. t2 t2. t2 t2. t21 t21. end cancel=Ok
// expect `take 1 mid 3 close` => t2 t2. t2 t2. t2 t2. t21 t21. end close=Ok
// expect `take 1 mid 3 cancel` => t2 t2. t2 t2. t2 t2. t21 t21. end cancel=Ok
// expect `take 2 close` => t2 t2. t2 t2. t2 t2. t21 t21. end close=Ok
// expect `take 2 cancel` => t2 t2. t2 t2. t2 t2. t21 t21. end cancel=Ok
// expect `take 2 mid 1 close` => t2 t2. t2 t2. t2 t2. t21 t21. end close=Ok
// expect `take 2 mid 1 cancel` => t2 t2. t2 t2. t2 t2. t21 t21. end cancel=Ok
// expect `take 2 mid 2 close` => t2 t2. t2 t2. t2 t2. t21 t21. end close=Ok
// expect `take 2 mid 2 cancel` => t2 t2. t2 t2. t2 t2. t21 t21. end cancel=Ok
// expect `take 2 mid 3 close` => t2 t2. t2 t2. t2 t2. t21 t21. end close=Ok
// expect `take 2 mid 3 cancel` => t2 t2. t2 t2. t2 t2. t21 t21. end cancel=Ok
// expect `take 3 cancel` => t2 t2. t2 t2. t2 t2. t21 t21. end cancel=Ok
// expect `take 5 cancel` => t2 t2. t2 t2. t2 t2. t21 t21. end cancel=Ok
// expect `take 7 mid 5 close` => t2 t2. t2 t2. t2 t2. t21 t21. end close=Ok
// expect `take 5 mid 3 cancel` => t2 t2. t2 t2. t2 t2. t21 t21. end cancel=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    teardown! {
        ctx.log("t21");
        ctx.log("t21.");
    }
    let mut c1 = 0;
    'l1: loop {
        c1 += 1;
        if c1 > 3 { break; }
        teardown! {
            ctx.log("t2");
            ctx.log("t2.");
        }
        let mut c3 = 0;
        'l3: loop {
            c3 += 1;
            if c3 > 0 { break; }
            let m4: u32 = match ctx.pick(4, 1, 2) {
                0 => {
                    W::new(&ctx, 5, 1).await;
                    ctx.log("s6");
                    yield_!(Ok(7));
                    teardown! {
                        ctx.log("t8");
                        W::new(&ctx, 9, 1).await;
                        ctx.log("t8.");
                    }
                    ctx.log("s10");
                    continue 'l3;
                }
                _ => {
                    teardown! {
                        ctx.log("t11");
                        ctx.log("t11.");
                    }
                    ctx.log("s12");
                    continue;
                }
            };
            ctx.log(format!("m4={m4}"));
            yield_!(Ok(13));
            futures::select_biased! {
                _ = W::new(&ctx, 14, 2).fuse() => {
                    W::new(&ctx, 15, 2).await;
                    ctx.log("s16");
                    yield_!(Ok(17));
                    W::new(&ctx, 18, 0).await;
                }
                _ = W::new(&ctx, 19, 1).fuse() => {
                    yield_!(Ok(20));
                }
            }
        }
    }
}
