// finding: F2-teardown-in-let-else
// seed: 1000071
// expect `drain` => w11- item 14 s18 t17 t17. t15 w16- t15. item 20 item 21 item 14 s18 t17 t17. t15 w16- t15. item 20 item 21 s25 t28 t28. end
// expect `take 0 close` => close
// expect `take 0 cancel` => cancel
// expect `take 0 mid 1 close` => gaveup w11- t28 t28. close
// expect `take 0 mid 1 cancel` => gaveup w11x t28 t28. cancel
// expect `take 0 mid 2 close` => gaveup w11- t28 t28. close
// expect `take 0 mid 2 cancel` => gaveup w11x t28 t28. cancel
// expect `take 0 mid 3 close` => w11- item 14 t28 t28. close
// expect `take 0 mid 3 cancel` => w11- item 14 t28 t28. cancel
// expect `take 1 close` => w11- item 14 t28 t28. close
// expect `take 1 cancel` => w11- item 14 t28 t28. cancel
// expect `take 1 mid 1 close` => w11- item 14 s18 t17 t17. t15 gaveup w16- t15. t28 t28. close
// expect `take 1 mid 1 cancel` => w11- item 14 s18 t17 t17. t15 gaveup w16- t15. t28 t28. cancel
// expect `take 1 mid 2 close` => w11- item 14 s18 t17 t17. t15 w16- t15. item 20 t28 t28. close
// expect `take 1 mid 2 cancel` => w11- item 14 s18 t17 t17. t15 w16- t15. item 20 t28 t28. cancel
// expect `take 1 mid 3 close` => w11- item 14 s18 t17 t17. t15 w16- t15. item 20 t28 t28. close
// expect `take 1 mid 3 cancel` => w11- item 14 s18 t17 t17. t15 w16- t15. item 20 t28 t28. cancel
// expect `take 2 close` => w11- item 14 s18 t17 t17. t15 w16- t15. item 20 t28 t28. close
// expect `take 2 cancel` => w11- item 14 s18 t17 t17. t15 w16- t15. item 20 t28 t28. cancel
// expect `take 2 mid 1 close` => w11- item 14 s18 t17 t17. t15 w16- t15. item 20 item 21 t28 t28. close
// expect `take 2 mid 1 cancel` => w11- item 14 s18 t17 t17. t15 w16- t15. item 20 item 21 t28 t28. cancel
// expect `take 2 mid 2 close` => w11- item 14 s18 t17 t17. t15 w16- t15. item 20 item 21 t28 t28. close
// expect `take 2 mid 2 cancel` => w11- item 14 s18 t17 t17. t15 w16- t15. item 20 item 21 t28 t28. cancel
// expect `take 2 mid 3 close` => w11- item 14 s18 t17 t17. t15 w16- t15. item 20 item 21 t28 t28. close
// expect `take 2 mid 3 cancel` => w11- item 14 s18 t17 t17. t15 w16- t15. item 20 item 21 t28 t28. cancel
// expect `take 6 mid 5 cancel` => w11- item 14 s18 t17 t17. t15 w16- t15. item 20 item 21 item 14 s18 t17 t17. t15 w16- t15. item 20 item 21 s25 t28 t28. end cancel
// expect `take 8 mid 3 cancel` => w11- item 14 s18 t17 t17. t15 w16- t15. item 20 item 21 item 14 s18 t17 t17. t15 w16- t15. item 20 item 21 s25 t28 t28. end cancel
// expect `take 3 mid 1 cancel` => w11- item 14 s18 t17 t17. t15 w16- t15. item 20 item 21 item 14 t28 t28. cancel
// expect `take 5 mid 6 close` => w11- item 14 s18 t17 t17. t15 w16- t15. item 20 item 21 item 14 s18 t17 t17. t15 w16- t15. item 20 item 21 t28 t28. close
#[managed_stream]
pub async fn body(ctx: Ctx) -> u32 {
    teardown! {
        ctx.log("t28");
        ctx.log("t28.");
    }
    let m1: u32 = match ctx.pick(1, 1, 3) {
        0 => {
            teardown! {
                ctx.log("t2");
                ctx.log("t2.");
            }
            let Some(v3) = ctx.opt(3, 0b1111, 4) else {
                teardown! {
                    ctx.log("t4");
                    W::new(&ctx, 5, 0).await;
                    ctx.log("t4.");
                }
                ctx.log("s6");
                return;
            };
            ctx.log(format!("L{v3}"));
            let Some(v7) = ctx.opt(7, 0b1000, 4) else {
                teardown! {
                    ctx.log("t8");
                    ctx.log("t8.");
                }
                ctx.log("s9");
                return;
            };
            ctx.log(format!("L{v7}"));
            return;
            ctx.log("s10");
            26
        }
        1 => {
            W::new(&ctx, 11, 2).await;
            let mut c12 = 0;
            loop {
                c12 += 1;
                if c12 > 2 { break; }
                {
                    yield_!(14);
                    teardown! {
                        ctx.log("t15");
                        W::new(&ctx, 16, 1).await;
                        ctx.log("t15.");
                    }
                    teardown! {
                        ctx.log("t17");
                        ctx.log("t17.");
                    }
                    ctx.log("s18");
                }
                {
                    yield_!(20);
                }
                yield_!(21);
            }
            match ctx.pick(22, 2, 3) {
                0 => {
                    W::new(&ctx, 23, 0).await;
                }
                1 => {
                    W::new(&ctx, 24, 1).await;
                }
                _ => {
                    ctx.log("s25");
                }
            }
            return;
            ctx.log("s26");
            4
        }
        _ => {
            ctx.log("s27");
            return;
        }
    };
    ctx.log(format!("m1={m1}"));
    return;
}
